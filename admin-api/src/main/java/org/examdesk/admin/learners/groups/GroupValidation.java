package org.examdesk.admin.learners.groups;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;
import org.examdesk.admin.learners.intake.Intake;
import org.examdesk.admin.learners.intake.NewLearner;
import org.examdesk.admin.learners.intake.Outcome;
import org.jdbi.v3.core.Handle;

/**
 * Checks every record of a group ({@link Intake}: on its own, against the other records, the Learner Records
 * Service and the centre's learners) and stores each record's validity and reasons where they changed. Run by the
 * validation job after an upload, and again after every amendment or removal and before a submission, so that a
 * duplicate that went away, or a learner created meanwhile, is seen.
 */
final class GroupValidation {
    private final Intake intake;
    private final ObjectMapper json;

    GroupValidation(Intake intake, ObjectMapper json) {
        this.intake = intake;
        this.json = json;
    }

    /** The outcome of every record of the group, by record number, in record order. */
    Map<Integer, Outcome> run(Handle h, long groupId, long centreId, IntConsumer progress) {
        GroupDao dao = h.attach(GroupDao.class);
        List<RecordRow> rows = dao.allRecords(groupId);
        List<NewLearner> learners = rows.stream().map(RecordRow::learner).toList();
        List<Outcome> outcomes =
                intake.check(h, centreId, learners, i -> "row " + rows.get(i).n(), progress);
        Map<Integer, Outcome> byRecord = new LinkedHashMap<>();
        List<Map<String, Object>> changed = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RecordRow row = rows.get(i);
            Outcome outcome = outcomes.get(i);
            byRecord.put(row.n(), outcome);
            if (!Objects.equals(row.valid(), outcome.valid())
                    || !RecordView.reasons(row.reasons(), json).equals(outcome.problems())) {
                changed.add(Map.of("n", row.n(), "valid", outcome.valid(), "reasons", outcome.problems()));
            }
        }
        if (!changed.isEmpty()) {
            dao.saveChecks(groupId, write(changed));
        }
        return byRecord;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

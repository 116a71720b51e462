package org.examdesk.admin.learners.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import org.examdesk.admin.db.Copy;
import org.jdbi.v3.core.Handle;

/**
 * How new learners come in (domain section 3), from a learner-group upload or typed into a registration order:
 * each is checked on its own, against the others, against the Learner Records Service and against the learners
 * already at the centre; then the valid ones are created, in bulk, in the caller's transaction.
 */
public final class Intake {
    /** How many learners are checked against the database at a time (and how often progress is told). */
    static final int CHUNK = 1000;

    /** A learner created: its id, its learner id ({@code L} and nine digits) and what it was created from. */
    public record Created(long id, String learnerRef, Draft draft) {}

    private final LearnerRecords records;
    private final Clock clock;

    public Intake(LearnerRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /**
     * The outcome of each of {@code learners}, in order. {@code label} names learner i in a sentence ("row 5");
     * {@code progress} is told how many have been checked so far, after each chunk.
     */
    public List<Outcome> check(
            Handle h, long centreId, List<NewLearner> learners, IntFunction<String> label, IntConsumer progress) {
        LocalDate today = LocalDate.now(clock);
        List<Draft> drafts = new ArrayList<>(learners.size());
        List<List<Problem>> problems = new ArrayList<>(learners.size());
        for (NewLearner learner : learners) {
            Outcome own = FieldCheck.check(learner, today);
            drafts.add(own.draft());
            problems.add(new ArrayList<>(own.problems()));
        }
        Duplicates.mark(drafts, problems, label);
        for (int from = 0; from < drafts.size(); from += CHUNK) {
            int to = Math.min(drafts.size(), from + CHUNK);
            new AgainstRecords(records, h.attach(IntakeDao.class), centreId)
                    .check(drafts.subList(from, to), problems.subList(from, to));
            progress.accept(to);
        }
        List<Outcome> outcomes = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            outcomes.add(new Outcome(drafts.get(i), List.copyOf(problems.get(i))));
        }
        return outcomes;
    }

    /** Creates {@code drafts} (each valid) at the centre, with COPY, in h's transaction. */
    public List<Created> create(Handle h, long centreId, List<Draft> drafts) {
        return create(h, centreId, null, drafts, null);
    }

    /** Creates {@code drafts} (each valid) at the centre from a group, draft i from the record on {@code rows[i]}. */
    public List<Created> createInGroup(Handle h, long centreId, long groupId, List<Draft> drafts, int[] rows) {
        return create(h, centreId, groupId, drafts, rows);
    }

    private List<Created> create(Handle h, long centreId, Long groupId, List<Draft> drafts, int[] groupRows) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        IntakeDao dao = h.attach(IntakeDao.class);
        List<Long> ids = dao.nextIds(drafts.size());
        List<String> refs = dao.nextRefs(drafts.size());
        List<List<Object>> rows = new ArrayList<>(drafts.size());
        List<Created> created = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            rows.add(Arrays.asList(
                    ids.get(i),
                    refs.get(i),
                    centreId,
                    d.givenName(),
                    d.familyName(),
                    d.dateOfBirth(),
                    d.gender(),
                    d.uln(),
                    groupId,
                    groupRows == null ? null : groupRows[i]));
            created.add(new Created(ids.get(i), refs.get(i), d));
        }
        Copy.into(
                h,
                "learners (id, learner_ref, centre_id, given_name, family_name, date_of_birth, gender, uln, group_id, "
                        + "group_row)",
                rows);
        return created;
    }
}

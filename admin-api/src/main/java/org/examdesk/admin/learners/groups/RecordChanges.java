package org.examdesk.admin.learners.groups;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.examdesk.admin.accounts.Actor;
import org.examdesk.admin.accounts.Caller;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.learners.intake.NewLearner;
import org.examdesk.admin.web.ApiException;
import org.examdesk.admin.web.Idempotency;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Amending and removing the records of a validated group, each in one transaction with its audit row, at most once
 * per Idempotency-Key; the whole group is checked again after each change, so duplicates that went away clear.
 */
final class RecordChanges {
    private static final int MAX_CELL = 200;

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final GroupValidation validation;
    private final ObjectMapper json;

    RecordChanges(Jdbi jdbi, AuditLog audit, Idempotency idempotency, GroupValidation validation, ObjectMapper json) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.idempotency = idempotency;
        this.validation = validation;
        this.json = json;
    }

    Idempotency.Outcome amend(Actor actor, long id, int n, RecordChange change, String key) {
        check(change);
        String asked = "PUT learner-groups " + id + " records " + n + " " + change;
        return jdbi.inTransaction(h -> idempotency.run(h, actor, key, asked, 200, () -> {
            GroupRow group = changeable(h, actor.caller(), id);
            GroupDao dao = h.attach(GroupDao.class);
            RecordRow before = dao.record(id, n).orElseThrow(() -> noRecord(id, n));
            NewLearner after = merged(before, change);
            dao.amend(id, n, after);
            validation.run(h, id, group.centreId(), done -> {});
            RecordView record = RecordView.of(dao.record(id, n).orElseThrow(), json);
            audit.record(
                    h, actor, "LEARNER_GROUP_RECORD_AMENDED", "learner_group", id + "/" + n, before.learner(), after);
            return new Changed(
                    GroupView.of(dao.find(id).orElseThrow()),
                    record,
                    0,
                    record.valid()
                            ? "Row " + n + " is valid now."
                            : "Row " + n + " is still invalid: "
                                    + record.reasons().get(0).message());
        }));
    }

    Idempotency.Outcome remove(Actor actor, long id, int n, String key) {
        return jdbi.inTransaction(
                h -> idempotency.run(h, actor, key, "DELETE learner-groups " + id + " records " + n, 200, () -> {
                    GroupRow group = changeable(h, actor.caller(), id);
                    GroupDao dao = h.attach(GroupDao.class);
                    RecordRow before = dao.record(id, n).orElseThrow(() -> noRecord(id, n));
                    dao.remove(id, n);
                    validation.run(h, id, group.centreId(), done -> {});
                    audit.record(
                            h,
                            actor,
                            "LEARNER_GROUP_RECORD_REMOVED",
                            "learner_group",
                            id + "/" + n,
                            before.learner(),
                            null);
                    return new Changed(GroupView.of(dao.find(id).orElseThrow()), null, 1, "Row " + n + " was removed.");
                }));
    }

    Idempotency.Outcome removeInvalid(Actor actor, long id, String key) {
        return jdbi.inTransaction(
                h -> idempotency.run(h, actor, key, "DELETE learner-groups " + id + " invalid", 200, () -> {
                    changeable(h, actor.caller(), id);
                    GroupDao dao = h.attach(GroupDao.class);
                    // not checked again: taking invalid records away cannot make a valid one invalid (of two
                    // duplicates the later is the invalid one), and the submission checks every record anyway
                    int removed = dao.removeInvalid(id);
                    audit.record(
                            h,
                            actor,
                            "LEARNER_GROUP_INVALID_REMOVED",
                            "learner_group",
                            String.valueOf(id),
                            null,
                            Map.of("removed", removed));
                    return new Changed(
                            GroupView.of(dao.find(id).orElseThrow()),
                            null,
                            removed,
                            removed + " invalid records were removed.");
                }));
    }

    /** The group, locked, if the caller's centre has it and its records may change now (validated); else 404 or 409. */
    static GroupRow changeable(Handle h, Caller caller, long id) {
        GroupDao dao = h.attach(GroupDao.class);
        dao.lock(id).orElseThrow(() -> GroupReads.notFound(id));
        GroupRow group = GroupReads.visible(h, caller, id);
        switch (group.state()) {
            case "VALIDATED" -> {
                return group;
            }
            case "VALIDATING" -> throw ApiException.conflict("The records of '" + group.name() + "' are still being "
                    + "checked (" + GroupView.of(group).progress() + "% done). Try again when it is VALIDATED.");
            case "SUBMITTED" -> throw ApiException.conflict("'" + group.name() + "' has been submitted: its learners "
                    + "exist. Change a learner with its one amendment (POST /api/v1/learners/{id}/amendments).");
            default -> throw ApiException.conflict("Checking '" + group.name()
                    + "' failed, so it cannot change: upload " + "the file again under another name.");
        }
    }

    private static NewLearner merged(RecordRow row, RecordChange change) {
        return new NewLearner(
                pick(change.givenName(), row.givenName()),
                pick(change.familyName(), row.familyName()),
                pick(change.dateOfBirth(), row.dateOfBirth()),
                pick(change.gender(), row.gender()),
                pick(change.uln(), row.uln()));
    }

    private static String pick(String given, String kept) {
        return given == null ? kept : given.strip();
    }

    private static void check(RecordChange change) {
        if (change == null
                || (change.givenName() == null
                        && change.familyName() == null
                        && change.dateOfBirth() == null
                        && change.gender() == null
                        && change.uln() == null)) {
            throw ApiException.invalid(
                    "Give the fields to change: givenName, familyName, dateOfBirth, gender or uln.",
                    List.of("givenName", "familyName", "dateOfBirth", "gender", "uln"));
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("givenName", change.givenName());
        values.put("familyName", change.familyName());
        values.put("dateOfBirth", change.dateOfBirth());
        values.put("gender", change.gender());
        values.put("uln", change.uln());
        List<String> tooLong = values.entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue().length() > MAX_CELL)
                .map(Map.Entry::getKey)
                .toList();
        if (!tooLong.isEmpty()) {
            throw ApiException.invalid("A value may be at most " + MAX_CELL + " characters.", tooLong);
        }
    }

    private static ApiException noRecord(long id, int n) {
        return ApiException.notFound("Learner group " + id + " has no record on row " + n + ".");
    }
}

package org.examdesk.admin.learners.groups;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.examdesk.admin.accounts.Actor;
import org.examdesk.admin.accounts.CentreScope;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.db.Copy;
import org.examdesk.admin.web.ApiException;
import org.examdesk.admin.web.Idempotency;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The upload of a learner group (domain section 3): a name the uploader has not used before, a file in the
 * template's columns; the group and its records as given are stored in one transaction with the audit row, then
 * the records are checked by a {@link ValidationJob}. No learner is created before the group is submitted.
 */
final class GroupUploads {
    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final Executor executor;
    private final JobFactory jobs;
    private final int maxRecords;

    /** Makes the validation job of a stored group. */
    interface JobFactory {
        Runnable validate(long groupId, long centreId);
    }

    GroupUploads(
            Jdbi jdbi, AuditLog audit, Idempotency idempotency, Executor executor, JobFactory jobs, int maxRecords) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.idempotency = idempotency;
        this.executor = executor;
        this.jobs = jobs;
        this.maxRecords = maxRecords;
    }

    /** 201 with the group, VALIDATING; its check runs after the transaction commits (not again on a replay). */
    Idempotency.Outcome upload(Actor actor, String name, String fileName, byte[] bytes, String key) {
        Idempotency.checkKey(key);
        String groupName = name(name);
        long centre = CentreScope.ownCentre(actor.caller());
        long owner = actor.caller().id();
        // a name taken is said before the file is read; a retry with its key is answered by the replay instead
        if (key == null && jdbi.withExtension(GroupDao.class, dao -> dao.ownerHas(owner, groupName))) {
            throw taken(groupName);
        }
        List<GroupFile.FileRecord> records = GroupFile.read(bytes, maxRecords);
        String file = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        String asked = "POST learner-groups " + groupName + " " + sha256(bytes);
        Idempotency.Outcome outcome = jdbi.inTransaction(h ->
                idempotency.run(h, actor, key, asked, 201, () -> store(h, actor, centre, groupName, file, records)));
        if (!outcome.replayed()) {
            executor.execute(jobs.validate(outcome.body().get("id").asLong(), centre));
        }
        return outcome;
    }

    /** The group, its records as given and the audit row, in h's transaction; the group as stored. */
    private GroupView store(
            Handle h, Actor actor, long centre, String name, String file, List<GroupFile.FileRecord> records) {
        GroupDao dao = h.attach(GroupDao.class);
        long id = dao.insert(centre, actor.caller().id(), name, file).orElseThrow(() -> taken(name));
        Copy.into(
                h,
                "learner_group_records (group_id, n, given_name, family_name, date_of_birth, gender, uln)",
                rows(id, records));
        audit.record(
                h,
                actor,
                "LEARNER_GROUP_UPLOADED",
                "learner_group",
                String.valueOf(id),
                null,
                Map.of("name", name, "file", file, "records", records.size()));
        return GroupView.of(dao.find(id).orElseThrow());
    }

    private static List<List<Object>> rows(long groupId, List<GroupFile.FileRecord> records) {
        List<List<Object>> rows = new ArrayList<>(records.size());
        for (GroupFile.FileRecord r : records) {
            rows.add(Arrays.asList(
                    groupId,
                    r.n(),
                    r.learner().givenName(),
                    r.learner().familyName(),
                    r.learner().dateOfBirth(),
                    r.learner().gender(),
                    r.learner().uln()));
        }
        return rows;
    }

    /** The group's name, trimmed: required, at most 100 characters, on one line. */
    static String name(String name) {
        String value = name == null ? "" : name.strip();
        if (value.isEmpty() || value.length() > 100 || value.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.invalid(
                    "Name the learner group (the form field 'name'): up to 100 characters on one line, a name you "
                            + "have not given another group.",
                    List.of("name"));
        }
        return value;
    }

    private static ApiException taken(String name) {
        return ApiException.conflict(
                "You already have a learner group called '" + name + "'. Group names are unique to "
                        + "you: choose another name, or find that group with GET /api/v1/learner-groups.");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

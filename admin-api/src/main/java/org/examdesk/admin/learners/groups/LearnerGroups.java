package org.examdesk.admin.learners.groups;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.examdesk.admin.accounts.Access;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.learners.intake.Intake;
import org.examdesk.admin.web.Idempotency;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Learner-group uploads (domain section 3), wired by hand. Centre administrators and assessors upload, amend,
 * remove and submit at their own centre; support agents and board administrators read every centre's groups.
 * {@link #routes} adds the routes to the admin API.
 */
public final class LearnerGroups {
    /** The most learners one group holds. */
    public static final int MAX_RECORDS = 20_000;

    private final GroupsController controller;

    /**
     * @param maxBytes the largest file accepted (413 above it, refused before it is read)
     * @param executor where validation jobs run, off the request threads
     */
    public LearnerGroups(
            Jdbi jdbi,
            Clock clock,
            ObjectMapper json,
            AuditLog audit,
            Idempotency idempotency,
            Intake intake,
            long maxBytes,
            Executor executor) {
        GroupValidation validation = new GroupValidation(intake, json);
        this.controller = new GroupsController(
                new GroupUploads(
                        jdbi,
                        audit,
                        idempotency,
                        executor,
                        (group, centre) -> new ValidationJob(jdbi, clock, validation, group, centre),
                        MAX_RECORDS),
                new GroupReads(jdbi, clock, json),
                new RecordChanges(jdbi, audit, idempotency, validation, json),
                new GroupSubmission(jdbi, clock, audit, idempotency, validation, intake),
                maxBytes);
    }

    /**
     * Checks every record of a group already stored, at once in h's transaction, and marks it VALIDATED: for groups
     * written outside an upload (the demo data's).
     */
    public static void validateNow(
            Handle h, long groupId, long centreId, Intake intake, ObjectMapper json, Clock clock) {
        ValidationJob.validate(h, new GroupValidation(intake, json), groupId, centreId, clock, done -> {});
    }

    /** Two daemon threads for validation jobs: a job cut short by a stop is failed when its group is next read. */
    public static ExecutorService jobExecutor() {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(2, task -> {
            Thread t = new Thread(task, "learner-groups-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public void routes(RoutesConfig r) {
        String group = "/api/v1/learner-groups/{id}";
        // the template before {id}: the first route that matches a path handles it
        r.get("/api/v1/learner-groups/template.csv", controller::template, Access.LEARNER_ADMIN, Access.AGENT);
        r.post("/api/v1/learner-groups", controller::upload, Access.LEARNER_ADMIN);
        r.get("/api/v1/learner-groups", controller::list, Access.LEARNER_ADMIN, Access.AGENT);
        r.get(group, controller::get, Access.LEARNER_ADMIN, Access.AGENT);
        r.get(group + "/records", controller::records, Access.LEARNER_ADMIN, Access.AGENT);
        r.get(group + "/records.csv", controller::recordsCsv, Access.LEARNER_ADMIN, Access.AGENT);
        r.put(group + "/records/{n}", controller::amend, Access.LEARNER_ADMIN);
        r.delete(group + "/records/{n}", controller::remove, Access.LEARNER_ADMIN);
        r.delete(group + "/records", controller::removeInvalid, Access.LEARNER_ADMIN);
        r.post(group + "/submit", controller::submit, Access.LEARNER_ADMIN);
    }
}

package org.examdesk.admin.learners.groups;

import java.time.Clock;
import java.util.Map;
import java.util.function.IntConsumer;
import org.examdesk.admin.learners.intake.Outcome;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The check of a group just uploaded, off the request thread: every record checked, progress stored after each chunk
 * (from its own connection, so readers see it at once), then the validity of each record and the group's new state
 * in one transaction. A failure leaves the group FAILED with a sentence; nothing else is written.
 */
final class ValidationJob implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(ValidationJob.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final GroupValidation validation;
    private final long groupId;
    private final long centreId;

    ValidationJob(Jdbi jdbi, Clock clock, GroupValidation validation, long groupId, long centreId) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.validation = validation;
        this.groupId = groupId;
        this.centreId = centreId;
    }

    @Override
    public void run() {
        try {
            jdbi.useTransaction(h -> {
                Map<Integer, Outcome> outcomes = validation.run(h, groupId, centreId, this::progress);
                long invalid =
                        outcomes.values().stream().filter(o -> !o.valid()).count();
                h.attach(GroupDao.class)
                        .finish(groupId, "VALIDATED", summary(outcomes.size(), invalid), clock.instant());
            });
        } catch (RuntimeException e) {
            log.error("Validating learner group {} failed", groupId, e);
            jdbi.useExtension(
                    GroupDao.class,
                    dao -> dao.finish(
                            groupId,
                            "FAILED",
                            "Checking the records failed, so the group cannot be submitted. Upload the file again "
                                    + "under another name, or contact support quoting learner group " + groupId + ".",
                            clock.instant()));
        }
    }

    /** Checks every record of the group in h's transaction and marks it VALIDATED with its summary. */
    static void validate(
            Handle h, GroupValidation validation, long groupId, long centreId, Clock clock, IntConsumer progress) {
        Map<Integer, Outcome> outcomes = validation.run(h, groupId, centreId, progress);
        long invalid = outcomes.values().stream().filter(o -> !o.valid()).count();
        h.attach(GroupDao.class).finish(groupId, "VALIDATED", summary(outcomes.size(), invalid), clock.instant());
    }

    private void progress(int checked) {
        jdbi.useExtension(GroupDao.class, dao -> dao.progress(groupId, checked, clock.instant()));
    }

    /** The sentence a validated group shows. */
    static String summary(long records, long invalid) {
        if (invalid == 0) {
            return "All " + records + " records are valid: submit the group to create the learners.";
        }
        return (records - invalid) + " of " + records + " records are valid and " + invalid + " invalid: amend or "
                + "remove the invalid records, then submit the group.";
    }
}

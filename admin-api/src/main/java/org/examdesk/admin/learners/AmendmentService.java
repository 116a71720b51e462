package org.examdesk.admin.learners;

import java.time.Clock;
import java.time.LocalDate;
import org.examdesk.admin.accounts.Actor;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.web.Idempotency;
import org.jdbi.v3.core.Jdbi;

/**
 * The one amendment a centre may make to a learner (given name, family name or date of birth), in one transaction
 * with its audit row, at most once per Idempotency-Key. A second is refused: the board's account specialist makes it.
 */
final class AmendmentService {
    /** The outcome: the learner after the change, what was changed, and a sentence for the person. */
    record Amended(LearnerView learner, LearnerDao.Amendment amendment, String message) {}

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;
    private final Idempotency idempotency;

    AmendmentService(Jdbi jdbi, Clock clock, AuditLog audit, Idempotency idempotency) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        this.idempotency = idempotency;
    }

    Idempotency.Outcome amend(Actor actor, long id, AmendmentRequest request, String key) {
        String asked = "POST amendments " + id + " " + request;
        return jdbi.inTransaction(h -> idempotency.run(h, actor, key, asked, 201, () -> {
            LearnerRow row = LearnersService.visible(h, actor.caller(), id, true);
            LearnerDao dao = h.attach(LearnerDao.class);
            LearnerDao.Amendment made = dao.amendment(id).orElse(null);
            if (made != null) {
                throw AmendmentRules.alreadyAmended(row, made);
            }
            AmendmentRules.Change change = AmendmentRules.check(request, row, LocalDate.now(clock));
            switch (change.field()) {
                case GIVEN_NAME -> dao.updateGivenName(id, change.newValue());
                case FAMILY_NAME -> dao.updateFamilyName(id, change.newValue());
                case DATE_OF_BIRTH -> dao.updateDateOfBirth(id, LocalDate.parse(change.newValue()));
            }
            dao.insertAmendment(
                    id,
                    change.field().name(),
                    change.oldValue(),
                    change.newValue(),
                    actor.caller().name());
            LearnerView after = LearnerView.of(dao.find(id).orElseThrow());
            audit.record(h, actor, "LEARNER_AMENDED", "learner", String.valueOf(id), LearnerView.of(row), after);
            return new Amended(
                    after,
                    dao.amendment(id).orElseThrow(),
                    "The " + change.field().words + " is now " + change.newValue() + ". This was the learner's one "
                            + "amendment: any further one must be made by the board's account specialist.");
        }));
    }
}

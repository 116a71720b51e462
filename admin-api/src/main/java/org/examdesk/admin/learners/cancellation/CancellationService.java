package org.examdesk.admin.learners.cancellation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.examdesk.admin.accounts.Actor;
import org.examdesk.admin.accounts.Caller;
import org.examdesk.admin.accounts.CentreScope;
import org.examdesk.admin.accounts.Role;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.web.ApiException;
import org.examdesk.admin.web.Idempotency;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Cancelling a registration (domain section 3): the check that names every condition that blocks it, and the
 * cancellation itself, by a centre administrator only, with the charges rule, in one transaction with its audit row.
 */
final class CancellationService {
    /** The answer to a cancellation: the registration after it, the charge and a sentence. */
    record Cancelled(RegistrationView registration, CancellationRules.Charge charge, String message) {}

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;
    private final Idempotency idempotency;

    CancellationService(Jdbi jdbi, Clock clock, AuditLog audit, Idempotency idempotency) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        this.idempotency = idempotency;
    }

    RegistrationView get(Caller caller, long id) {
        return jdbi.withHandle(h -> view(h, caller, id, clock.instant()));
    }

    Idempotency.Outcome cancel(Actor actor, long id, String key) {
        if (!actor.caller().roles().contains(Role.CENTRE_ADMINISTRATOR)) {
            throw ApiException.forbidden("Only a centre administrator can cancel a registration; ask yours to do it.");
        }
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> idempotency.run(h, actor, key, "POST registrations cancel " + id, 200, () -> {
            CancellationDao dao = h.attach(CancellationDao.class);
            dao.lock(id);
            RegistrationView before = view(h, actor.caller(), id, now);
            if (!before.cancellable()) {
                throw ApiException.conflict(before.message());
            }
            dao.cancel(id);
            RegistrationView after = view(h, actor.caller(), id, now);
            audit.record(h, actor, "REGISTRATION_CANCELLED", "registration", String.valueOf(id), before, after);
            return new Cancelled(
                    after,
                    before.charge(),
                    "The registration of " + after.learnerName() + " on " + after.productTitle() + " is cancelled. "
                            + before.charge().sentence());
        }));
    }

    private static RegistrationView view(Handle h, Caller caller, long id, Instant now) {
        CancellationDao dao = h.attach(CancellationDao.class);
        CancellationDao.Registration r = dao.find(id)
                .filter(row -> CentreScope.covers(caller, row.centreId()))
                .orElseThrow(() -> ApiException.notFound("There is no registration " + id + " at your centre."));
        List<Blocker> blockers = CancellationRules.blockers(
                r, dao.bookings(id), dao.results(r.learnerId(), r.productId()), dao.claims(id), now);
        return RegistrationView.of(r, blockers);
    }
}

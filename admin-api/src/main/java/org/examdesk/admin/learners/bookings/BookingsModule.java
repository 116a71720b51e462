package org.examdesk.admin.learners.bookings;

import io.javalin.config.RoutesConfig;
import java.time.Clock;
import org.examdesk.admin.accounts.Access;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.learners.cancellation.CancellationRoutes;
import org.examdesk.admin.learners.claims.ClaimsRoutes;
import org.examdesk.admin.web.Idempotency;
import org.jdbi.v3.core.Jdbi;

/**
 * Learner management, part 2, wired by hand: test bookings, cancelling registrations and claims. Its
 * {@link #routes} are added by the learners module. Everything reads time from the injected clock.
 */
public final class BookingsModule {
    private final BookingsController bookings;
    private final CancellationRoutes cancellation;
    private final ClaimsRoutes claims;

    public BookingsModule(Jdbi jdbi, Clock clock, AuditLog audit, Idempotency idempotency) {
        this.bookings = new BookingsController(new BookingService(jdbi, clock, audit, idempotency));
        this.cancellation = new CancellationRoutes(jdbi, clock, audit, idempotency);
        this.claims = new ClaimsRoutes(jdbi, clock, audit, idempotency);
    }

    public void routes(RoutesConfig r) {
        r.post("/api/v1/bookings", bookings::book, Access.LEARNER_ADMIN);
        r.get("/api/v1/bookings", bookings::list, Access.LEARNER_ADMIN, Access.AGENT);
        r.get("/api/v1/bookings/{id}", bookings::get, Access.LEARNER_ADMIN, Access.AGENT);
        r.put("/api/v1/bookings/{id}", bookings::amend, Access.LEARNER_ADMIN);
        r.delete("/api/v1/bookings/{id}", bookings::cancel, Access.LEARNER_ADMIN);
        cancellation.routes(r);
        claims.routes(r);
    }
}

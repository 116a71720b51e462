package org.examdesk.admin.learners;

import io.javalin.config.RoutesConfig;
import java.time.Clock;
import org.examdesk.admin.accounts.Access;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.learners.bookings.BookingsModule;
import org.examdesk.admin.learners.intake.Intake;
import org.examdesk.admin.web.Idempotency;
import org.jdbi.v3.core.Jdbi;

/**
 * Learner management (domain section 3), wired by hand: products, learners, registration orders, amendments and
 * results. Centre administrators and assessors do everything at their own centre; support agents and board
 * administrators read across centres. {@link #routes} adds its routes to the admin API.
 */
public final class LearnersModule {
    private final LearnersController controller;
    private final BookingsModule bookings;

    public LearnersModule(Jdbi jdbi, Clock clock, AuditLog audit, Idempotency idempotency, Intake intake) {
        this.controller = new LearnersController(
                new LearnersService(jdbi),
                new OrderService(jdbi, audit, idempotency, intake),
                new AmendmentService(jdbi, clock, audit, idempotency));
        this.bookings = new BookingsModule(jdbi, clock, audit, idempotency);
    }

    public void routes(RoutesConfig r) {
        r.get("/api/v1/products", controller::products, Access.LEARNER_ADMIN, Access.AGENT);
        r.get("/api/v1/learners", controller::search, Access.LEARNER_ADMIN, Access.AGENT);
        // before /learners/{id}: the first route that matches a path handles it; one centre's learners only
        r.get("/api/v1/learners/match", controller::match, Access.LEARNER_ADMIN);
        r.get("/api/v1/learners/{id}", controller::get, Access.LEARNER_ADMIN, Access.AGENT);
        r.post("/api/v1/learners/{id}/amendments", controller::amend, Access.LEARNER_ADMIN);
        r.post("/api/v1/registration-orders", controller::order, Access.LEARNER_ADMIN);
        r.get("/api/v1/learner-results", controller::results, Access.LEARNER_ADMIN, Access.AGENT);
        bookings.routes(r);
    }
}

package org.examdesk.admin.learners.cancellation;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import org.examdesk.admin.accounts.Access;
import org.examdesk.admin.accounts.AuthHandler;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.web.ApiException;
import org.examdesk.admin.web.Idempotency;
import org.jdbi.v3.core.Jdbi;

/** Registrations over HTTP: whether one can be cancelled and why not, and cancelling it (centre administrators). */
public final class CancellationRoutes {
    private final CancellationService service;

    public CancellationRoutes(Jdbi jdbi, Clock clock, AuditLog audit, Idempotency idempotency) {
        this.service = new CancellationService(jdbi, clock, audit, idempotency);
    }

    public void routes(RoutesConfig r) {
        r.get("/api/v1/registrations/{id}", this::get, Access.LEARNER_ADMIN, Access.AGENT);
        r.post("/api/v1/registrations/{id}/cancel", this::cancel, Access.LEARNER_ADMIN);
    }

    void get(Context ctx) {
        ctx.json(service.get(AuthHandler.require(ctx), id(ctx)));
    }

    void cancel(Context ctx) {
        Idempotency.respond(ctx, service.cancel(AuthHandler.actor(ctx), id(ctx), ctx.header(Idempotency.HEADER)));
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiException.notFound("There is no registration " + ctx.pathParam("id") + ".");
        }
    }
}

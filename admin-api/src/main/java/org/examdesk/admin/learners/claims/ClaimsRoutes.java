package org.examdesk.admin.learners.claims;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.examdesk.admin.accounts.Access;
import org.examdesk.admin.accounts.AuthHandler;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.web.ApiException;
import org.examdesk.admin.web.Idempotency;
import org.jdbi.v3.core.Jdbi;

/** Claims over HTTP: make (one learner or bulk), list (by state), read and edit by reference. */
public final class ClaimsRoutes {
    private final ClaimService service;

    public ClaimsRoutes(Jdbi jdbi, Clock clock, AuditLog audit, Idempotency idempotency) {
        this.service = new ClaimService(jdbi, clock, audit, idempotency);
    }

    public void routes(RoutesConfig r) {
        r.post("/api/v1/claims", this::claim, Access.LEARNER_ADMIN);
        r.get("/api/v1/claims", this::list, Access.LEARNER_ADMIN, Access.AGENT);
        r.get("/api/v1/claims/{reference}", this::get, Access.LEARNER_ADMIN, Access.AGENT);
        r.put("/api/v1/claims/{reference}", this::edit, Access.LEARNER_ADMIN);
    }

    void claim(Context ctx) {
        ClaimRequest request = ctx.bodyAsClass(ClaimRequest.class);
        Idempotency.respond(ctx, service.claim(AuthHandler.actor(ctx), request, ctx.header(Idempotency.HEADER)));
    }

    void list(Context ctx) {
        String state = ctx.queryParam("state");
        String learner = ctx.queryParam("learner");
        String s = state == null || state.isBlank() ? null : state.trim().toUpperCase(Locale.ROOT);
        if (s != null && !s.equals("INELIGIBLE") && !s.equals("SUBMITTED")) {
            throw ApiException.invalid("The state must be INELIGIBLE or SUBMITTED.", List.of("state"));
        }
        Long id = null;
        if (learner != null && !learner.isBlank()) {
            try {
                id = Long.parseLong(learner.trim());
            } catch (NumberFormatException e) {
                throw ApiException.invalid("Give learner as a learner id.", List.of("learner"));
            }
        }
        ctx.json(service.list(AuthHandler.require(ctx), s, id));
    }

    void get(Context ctx) {
        ctx.json(service.get(AuthHandler.require(ctx), ctx.pathParam("reference")));
    }

    void edit(Context ctx) {
        ClaimEdit edit = ctx.bodyAsClass(ClaimEdit.class);
        Idempotency.respond(
                ctx,
                service.edit(AuthHandler.actor(ctx), ctx.pathParam("reference"), edit, ctx.header(Idempotency.HEADER)));
    }
}

package org.examdesk.admin.learners;

import io.javalin.http.Context;
import org.examdesk.admin.accounts.AuthHandler;
import org.examdesk.admin.names.NameQuery;
import org.examdesk.admin.web.ApiException;
import org.examdesk.admin.web.Idempotency;

/** Learner management over HTTP: products, learners, the name match, one learner, registration orders, amendments, results. */
final class LearnersController {
    private final LearnersService learners;
    private final OrderService orders;
    private final AmendmentService amendments;

    LearnersController(LearnersService learners, OrderService orders, AmendmentService amendments) {
        this.learners = learners;
        this.orders = orders;
        this.amendments = amendments;
    }

    void products(Context ctx) {
        AuthHandler.require(ctx);
        ctx.json(learners.products(ctx.queryParam("q")));
    }

    void search(Context ctx) {
        ctx.json(learners.search(AuthHandler.require(ctx), LearnerQuery.from(ctx::queryParam)));
    }

    void match(Context ctx) {
        ctx.json(learners.match(AuthHandler.require(ctx), NameQuery.from(ctx::queryParam, "a learner")));
    }

    void get(Context ctx) {
        ctx.json(learners.get(AuthHandler.require(ctx), id(ctx)));
    }

    void results(Context ctx) {
        ctx.json(learners.results(AuthHandler.require(ctx), ResultQuery.from(ctx::queryParam)));
    }

    void order(Context ctx) {
        OrderRequest request = ctx.bodyAsClass(OrderRequest.class);
        if ("true".equals(ctx.queryParam("preview"))) {
            ctx.json(orders.preview(AuthHandler.actor(ctx), request));
            return;
        }
        Idempotency.respond(ctx, orders.place(AuthHandler.actor(ctx), request, ctx.header(Idempotency.HEADER)));
    }

    void amend(Context ctx) {
        AmendmentRequest request = ctx.bodyAsClass(AmendmentRequest.class);
        Idempotency.respond(
                ctx, amendments.amend(AuthHandler.actor(ctx), id(ctx), request, ctx.header(Idempotency.HEADER)));
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiException.notFound("There is no learner " + ctx.pathParam("id") + ".");
        }
    }
}

package org.examdesk.admin.cases;

import io.javalin.http.Context;
import org.examdesk.admin.accounts.AuthHandler;
import org.examdesk.admin.accounts.Caller;
import org.examdesk.admin.web.ApiException;
import org.examdesk.admin.web.Idempotency;

/** {@code /api/v1/cases}: the taxonomy, opening a case, the requester's cases, one case, comments. */
final class CasesController {
    record CommentRequest(String text) {}

    private final Taxonomy taxonomy;
    private final CaseService cases;
    private final CaseReader reader;
    private final CommentService comments;

    CasesController(Taxonomy taxonomy, CaseService cases, CaseReader reader, CommentService comments) {
        this.taxonomy = taxonomy;
        this.cases = cases;
        this.reader = reader;
        this.comments = comments;
    }

    void taxonomy(Context ctx) {
        ctx.json(taxonomy.view());
    }

    void contactDefaults(Context ctx) {
        ctx.json(cases.contactDefaults(AuthHandler.require(ctx)));
    }

    void create(Context ctx) {
        CaseRequest request = ctx.bodyAsClass(CaseRequest.class);
        if (request == null) {
            throw ApiException.badRequest("Send the case as a JSON object.");
        }
        Idempotency.respond(ctx, cases.create(AuthHandler.actor(ctx), request, ctx.header(Idempotency.HEADER)));
    }

    void list(Context ctx) {
        Caller caller = AuthHandler.require(ctx);
        boolean mine = !"false".equalsIgnoreCase(ctx.queryParam("mine"));
        ctx.json(reader.list(
                caller,
                mine,
                ctx.queryParam("status"),
                ctx.queryParam("sort"),
                CaseReader.page(ctx.queryParam("page")),
                CaseReader.size(ctx.queryParam("size"))));
    }

    void details(Context ctx) {
        ctx.json(reader.details(AuthHandler.require(ctx), ctx.pathParam("number")));
    }

    void comment(Context ctx) {
        CommentRequest request = ctx.bodyAsClass(CommentRequest.class);
        String number = ctx.pathParam("number");
        boolean replayed = comments.comment(
                AuthHandler.actor(ctx),
                number,
                request == null ? null : request.text(),
                ctx.header(Idempotency.HEADER));
        if (replayed) {
            ctx.header("Idempotent-Replayed", "true");
        }
        ctx.status(201).json(reader.details(AuthHandler.require(ctx), number));
    }
}

package org.examdesk.admin.articles;

import io.javalin.http.Context;
import java.util.List;
import org.examdesk.admin.accounts.Actor;
import org.examdesk.admin.accounts.AuthHandler;
import org.examdesk.admin.web.ApiException;
import org.examdesk.admin.web.RequestIds;

/** {@code POST /api/v1/articles/{id}/views} and {@code /feedback}: open to everyone, signed in or not. */
public final class ArticleFeedbackController {
    record FeedbackRequest(Boolean helpful, String comment) {}

    private final ArticleStatsService stats;

    public ArticleFeedbackController(ArticleStatsService stats) {
        this.stats = stats;
    }

    public void view(Context ctx) {
        ctx.json(stats.recordView(ctx.pathParam("id"), ctx.ip()));
    }

    public void feedback(Context ctx) {
        FeedbackRequest request = ctx.bodyAsClass(FeedbackRequest.class);
        if (request == null || request.helpful() == null) {
            throw ApiException.invalid(
                    "Say whether the article helped: \"helpful\": true or false.", List.of("helpful"));
        }
        var actor = AuthHandler.caller(ctx).map(c -> new Actor(c, RequestIds.of(ctx)));
        ctx.status(201).json(stats.vote(ctx.pathParam("id"), actor, ctx.ip(), request.helpful(), request.comment()));
    }
}

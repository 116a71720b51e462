package org.examdesk.admin.articles;

import io.javalin.http.Context;
import java.util.List;
import org.examdesk.admin.web.ApiException;
import org.examdesk.knowledge.Article;
import org.examdesk.knowledge.KnowledgeBase;
import org.examdesk.knowledge.SearchRequest;
import org.examdesk.knowledge.SearchResults;

/** Public article reads: {@code /api/v1/articles/search} and {@code /api/v1/articles/{id}}. */
public final class ArticlesController {
    static final int MAX_LIMIT = 50;

    private final KnowledgeBase knowledge;

    public ArticlesController(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    public void search(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw ApiException.badRequest("Type something to search for in q.", "q");
        }
        SearchRequest request = new SearchRequest(q, ctx.queryParam("role"), ctx.queryParam("qualification"),
                ctx.queryParam("subject"), ctx.queryParam("topic"), limit(ctx));
        SearchResults results = knowledge.search(request);
        ctx.json(new SearchView(results.query(), results.confident(), results.hits().stream()
                .map(h -> new HitView(h.id(), h.title(), h.summary(), h.snippet(), "/help/" + h.id(), h.score(),
                        h.updated()))
                .toList()));
    }

    public void get(Context ctx) {
        Article article = knowledge.article(ctx.pathParam("id"))
                .orElseThrow(() -> ApiException.notFound("There is no article with that id."));
        ctx.json(new ArticleView(article.id(), article.title(), article.summary(), article.body(), article.html(),
                article.roles(), article.qualifications(), article.subjects(), article.topics(), article.updated()));
    }

    private static int limit(Context ctx) {
        String raw = ctx.queryParam("limit");
        if (raw == null) {
            return 5;
        }
        try {
            int limit = Integer.parseInt(raw);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // fall through to the error below
        }
        throw ApiException.badRequest("limit must be a whole number from 1 to " + MAX_LIMIT + ".", "limit");
    }

    record SearchView(String query, boolean confident, List<HitView> hits) {
    }

    record HitView(String id, String title, String summary, String snippet, String url, double score,
                   java.time.LocalDate updated) {
    }

    record ArticleView(String id, String title, String summary, String body, String html, List<String> roles,
                       List<String> qualifications, List<String> subjects, List<String> topics,
                       java.time.LocalDate updated) {
    }
}

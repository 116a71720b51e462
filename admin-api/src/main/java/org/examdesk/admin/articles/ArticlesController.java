package org.examdesk.admin.articles;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.examdesk.admin.web.ApiException;
import org.examdesk.knowledge.Article;
import org.examdesk.knowledge.KnowledgeBase;
import org.examdesk.knowledge.SearchHit;
import org.examdesk.knowledge.SearchRequest;
import org.examdesk.knowledge.SearchResults;

/**
 * Public article reads: search, typeahead, browse, "articles for you" and one article with its views and votes.
 * Reading needs no sign-in. A query that is only syntax or very long is the index's business: it never throws.
 */
public final class ArticlesController {
    static final int MAX_LIMIT = 50;
    /** Typeahead works on what someone is typing: the first words are plenty. */
    static final int MAX_PREFIX = 200;

    static final List<String> FOR_YOU_CHOICES =
            List.of("customerType", "issueType", "category", "subcategory", "qualification", "subject");

    private final KnowledgeBase knowledge;
    private final ArticleStatsService stats;

    public ArticlesController(KnowledgeBase knowledge, ArticleStatsService stats) {
        this.knowledge = knowledge;
        this.stats = stats;
    }

    public void search(Context ctx) {
        String q = requiredQuery(ctx);
        SearchRequest request = new SearchRequest(
                q,
                ctx.queryParam("role"),
                ctx.queryParam("qualification"),
                ctx.queryParam("subject"),
                ctx.queryParam("topic"),
                limit(ctx, 5));
        SearchResults results = knowledge.search(request);
        ctx.json(new SearchView(results.query(), results.confident(), hits(results.hits())));
    }

    public void suggest(Context ctx) {
        String q = requiredQuery(ctx);
        String prefix = q.length() > MAX_PREFIX ? q.substring(0, MAX_PREFIX) : q;
        ctx.json(new SuggestView(
                q.length() > MAX_PREFIX ? prefix : q,
                knowledge.suggest(prefix, limit(ctx, 8)).stream()
                        .map(s -> new SuggestionView(s.id(), s.title(), "/help/" + s.id(), s.updated(), s.views()))
                        .toList()));
    }

    public void browse(Context ctx) {
        String sort = ctx.queryParam("sort");
        if (sort != null && !sort.equals("views")) {
            throw ApiException.badRequest("sort can only be 'views' (most viewed first).", "sort");
        }
        ctx.json(new ListView(hits(knowledge.browse(ctx.queryParam("q"), ctx.queryParam("topic"), limit(ctx, 20)))));
    }

    public void forYou(Context ctx) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (String name : FOR_YOU_CHOICES) {
            String value = ctx.queryParam(name);
            if (value != null && !value.isBlank()) {
                choices.put(name, value.length() > MAX_PREFIX ? value.substring(0, MAX_PREFIX) : value);
            }
        }
        ctx.json(new ListView(hits(knowledge.forYou(choices, limit(ctx, 5)))));
    }

    /** The values the help centre offers as filters: every role, qualification, subject and topic in use. */
    public void filters(Context ctx) {
        List<Article> all = knowledge.articles();
        ctx.json(new FiltersView(
                distinct(all, Article::roles),
                distinct(all, Article::qualifications),
                distinct(all, Article::subjects),
                distinct(all, Article::topics)));
    }

    private static List<String> distinct(List<Article> articles, Function<Article, List<String>> field) {
        return articles.stream()
                .flatMap(a -> field.apply(a).stream())
                .distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
    }

    public void get(Context ctx) {
        Article article = knowledge
                .article(ctx.pathParam("id"))
                .orElseThrow(() -> ApiException.notFound("There is no article with that id."));
        ArticleStatsService.Totals totals = stats.totals(article.id());
        ctx.json(new ArticleView(
                article.id(),
                article.title(),
                article.summary(),
                article.body(),
                article.html(),
                article.roles(),
                article.qualifications(),
                article.subjects(),
                article.topics(),
                article.updated(),
                totals.views(),
                totals.helpful(),
                totals.notHelpful()));
    }

    private List<HitView> hits(List<SearchHit> hits) {
        Map<String, Long> views = stats.views(hits.stream().map(SearchHit::id).toList());
        return hits.stream()
                .map(h -> new HitView(
                        h.id(),
                        h.title(),
                        h.summary(),
                        h.snippet(),
                        "/help/" + h.id(),
                        h.score(),
                        h.updated(),
                        views.getOrDefault(h.id(), 0L)))
                .toList();
    }

    private static String requiredQuery(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw ApiException.badRequest("Type something to search for in q.", "q");
        }
        return q;
    }

    private static int limit(Context ctx, int fallback) {
        String raw = ctx.queryParam("limit");
        if (raw == null) {
            return fallback;
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

    record SearchView(String query, boolean confident, List<HitView> hits) {}

    record ListView(List<HitView> articles) {}

    record HitView(
            String id,
            String title,
            String summary,
            String snippet,
            String url,
            double score,
            LocalDate updated,
            long views) {}

    record FiltersView(List<String> roles, List<String> qualifications, List<String> subjects, List<String> topics) {}

    record SuggestView(String query, List<SuggestionView> suggestions) {}

    record SuggestionView(String id, String title, String url, LocalDate updated, long views) {}

    record ArticleView(
            String id,
            String title,
            String summary,
            String body,
            String html,
            List<String> roles,
            List<String> qualifications,
            List<String> subjects,
            List<String> topics,
            LocalDate updated,
            long views,
            long helpful,
            long notHelpful) {}
}

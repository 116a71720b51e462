package org.examdesk.admin.articles;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.examdesk.admin.accounts.Actor;
import org.examdesk.admin.accounts.Caller;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.db.DatabaseOutage;
import org.examdesk.admin.web.ApiException;
import org.examdesk.knowledge.KnowledgeBase;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Article views and feedback, kept in PostgreSQL so every node counts the same. A visitor's view of one article
 * counts once per {@link #VIEW_WINDOW}; anonymous votes are limited per client; a signed-in person has one vote
 * per article, which a new vote replaces. {@link #publishViews} hands the counts to the search index, which
 * orders its typeahead and browse list by them.
 */
public final class ArticleStatsService {
    static final Duration VIEW_WINDOW = Duration.ofMinutes(10);
    static final int ANONYMOUS_VOTES_PER_HOUR = 10;
    static final int MAX_COMMENT = 2_000;

    /** What a vote leaves behind: the article's totals. */
    public record Totals(long views, long helpful, long notHelpful) {}

    private record VoteAudit(boolean helpful, boolean commented) {}

    private final Jdbi jdbi;
    private volatile Map<String, Long> published = Map.of();
    private final KnowledgeBase knowledge;
    private final AuditLog audit;
    private final ClientThrottle views;
    private final ClientThrottle anonymousVotes;

    public ArticleStatsService(Jdbi jdbi, KnowledgeBase knowledge, AuditLog audit, Clock clock) {
        this.jdbi = jdbi;
        this.knowledge = knowledge;
        this.audit = audit;
        this.views = new ClientThrottle(clock, 1, VIEW_WINDOW);
        this.anonymousVotes = new ClientThrottle(clock, ANONYMOUS_VOTES_PER_HOUR, Duration.ofHours(1));
    }

    /** Counts a view (once per client and article in the window) and answers the article's totals. */
    Totals recordView(String articleId, String client) {
        requireArticle(articleId);
        if (views.tryAcquire(client + "|" + articleId)) {
            jdbi.useExtension(ArticleStatsDao.class, dao -> dao.addView(articleId));
        }
        return totals(articleId);
    }

    Totals vote(String articleId, Optional<Actor> actor, String client, boolean helpful, String comment) {
        requireArticle(articleId);
        String cleaned = comment == null || comment.isBlank() ? null : comment.strip();
        if (cleaned != null && cleaned.length() > MAX_COMMENT) {
            throw ApiException.invalid("Keep the comment to " + MAX_COMMENT + " characters.", List.of("comment"));
        }
        Caller caller = actor.map(Actor::caller).orElse(null);
        if (caller == null || caller.kind() == Caller.Kind.SERVICE) {
            if (!anonymousVotes.tryAcquire(client)) {
                throw ApiException.tooManyRequests("Thank you, we have enough feedback from you for now. "
                        + "Please try again later, or sign in.");
            }
            jdbi.useExtension(ArticleStatsDao.class, dao -> dao.insertAnonymousVote(articleId, helpful, cleaned));
        } else {
            jdbi.useTransaction(handle -> {
                ArticleStatsDao dao = handle.attach(ArticleStatsDao.class);
                boolean staff = caller.isStaff();
                Optional<ArticleStatsDao.Vote> before =
                        staff ? dao.userVote(articleId, caller.id()) : dao.studentVote(articleId, caller.id());
                if (staff) {
                    dao.upsertUserVote(articleId, caller.id(), helpful, cleaned);
                } else {
                    dao.upsertStudentVote(articleId, caller.id(), helpful, cleaned);
                }
                audit.record(
                        handle,
                        actor.get(),
                        before.isPresent() ? "article.feedback.replaced" : "article.feedback",
                        "article",
                        articleId,
                        before.map(v -> new VoteAudit(v.helpful(), v.comment() != null))
                                .orElse(null),
                        new VoteAudit(helpful, cleaned != null));
            });
        }
        return totals(articleId);
    }

    Totals totals(String articleId) {
        return jdbi.withExtension(ArticleStatsDao.class, dao -> {
            ArticleStatsDao.Votes votes = dao.votes(articleId);
            long viewCount = dao.views(new String[] {articleId}).stream()
                    .mapToLong(ArticleStatsDao.Views::views)
                    .sum();
            return new Totals(viewCount, votes.helpful(), votes.notHelpful());
        });
    }

    /**
     * View counts of the given articles (0 when never viewed). While the database cannot be reached, the counts
     * last handed to the index: a search needs no database.
     */
    Map<String, Long> views(Collection<String> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        try {
            return jdbi.withExtension(
                    ArticleStatsDao.class, dao -> dao.views(articleIds.toArray(String[]::new)).stream()
                            .collect(Collectors.toMap(ArticleStatsDao.Views::articleId, ArticleStatsDao.Views::views)));
        } catch (JdbiException e) {
            if (!DatabaseOutage.isOutage(e)) {
                throw e;
            }
            return published;
        }
    }

    /** Hands every article's view count to the index (typeahead and browse order). Safe to call at any time. */
    public void publishViews() {
        Map<String, Long> counts = jdbi.withExtension(ArticleStatsDao.class, dao -> dao.allViews().stream()
                .collect(Collectors.toMap(ArticleStatsDao.Views::articleId, ArticleStatsDao.Views::views)));
        knowledge.updateViews(counts);
        published = Map.copyOf(counts);
    }

    private void requireArticle(String articleId) {
        if (knowledge.article(articleId).isEmpty()) {
            throw ApiException.notFound("There is no article with that id.");
        }
    }
}

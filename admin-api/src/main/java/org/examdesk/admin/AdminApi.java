package org.examdesk.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import java.time.Clock;
import java.time.Duration;
import org.examdesk.admin.accounts.Access;
import org.examdesk.admin.accounts.AuthHandler;
import org.examdesk.admin.accounts.PasswordHasher;
import org.examdesk.admin.accounts.SessionService;
import org.examdesk.admin.accounts.SessionsController;
import org.examdesk.admin.articles.ArticleFeedbackController;
import org.examdesk.admin.articles.ArticleStatsService;
import org.examdesk.admin.articles.ArticlesController;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.conversations.ConversationService;
import org.examdesk.admin.conversations.ConversationsController;
import org.examdesk.knowledge.KnowledgeBase;
import org.jdbi.v3.core.Jdbi;

/**
 * The admin API: the only door to the shared database. Built by hand from its dependencies; {@link #routes}
 * adds every {@code /api/v1} route, each naming who may call it.
 */
public final class AdminApi {
    /** Settings the admin API needs from the deployment. */
    public record Settings(Duration sessionTtl) {
    }

    private final SessionService sessions;
    private final SessionsController sessionsController;
    private final ConversationsController conversationsController;
    private final ArticlesController articlesController;
    private final ArticleStatsService articleStats;
    private final ArticleFeedbackController articleFeedbackController;

    public AdminApi(Jdbi jdbi, Clock clock, ObjectMapper json, KnowledgeBase knowledge, Settings settings) {
        PasswordHasher hasher = new PasswordHasher();
        this.sessions = new SessionService(jdbi, clock, settings.sessionTtl(), hasher);
        this.sessionsController = new SessionsController(sessions);
        this.conversationsController = new ConversationsController(new ConversationService(jdbi, json));
        this.articleStats = new ArticleStatsService(jdbi, knowledge, new AuditLog(json), clock);
        this.articlesController = new ArticlesController(knowledge, articleStats);
        this.articleFeedbackController = new ArticleFeedbackController(articleStats);
    }

    public void routes(JavalinConfig cfg) {
        RoutesConfig r = cfg.routes;
        // Article searches are GETs and a pasted question may be 10,000 characters: let such a URL in (the index
        // cuts the query itself) instead of refusing it with 414.
        cfg.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(Math.max(http.getRequestHeaderSize(), 64 * 1024)));
        r.beforeMatched("/api/v1/*", new AuthHandler(sessions));

        r.post("/api/v1/sessions", sessionsController::login, Access.PUBLIC);
        r.delete("/api/v1/sessions/current", sessionsController::logout, Access.PUBLIC);
        r.get("/api/v1/me", sessionsController::me, Access.SIGNED_IN);

        r.get("/api/v1/articles/search", articlesController::search, Access.PUBLIC);
        r.get("/api/v1/articles/suggest", articlesController::suggest, Access.PUBLIC);
        r.get("/api/v1/articles/for-you", articlesController::forYou, Access.PUBLIC);
        r.get("/api/v1/articles/filters", articlesController::filters, Access.PUBLIC);
        r.get("/api/v1/articles", articlesController::browse, Access.PUBLIC);
        r.get("/api/v1/articles/{id}", articlesController::get, Access.PUBLIC);
        r.post("/api/v1/articles/{id}/views", articleFeedbackController::view, Access.PUBLIC);
        r.post("/api/v1/articles/{id}/feedback", articleFeedbackController::feedback, Access.PUBLIC);

        r.post("/api/v1/conversations", conversationsController::create, Access.SERVICE);
        r.get("/api/v1/conversations/{id}", conversationsController::get, Access.SERVICE);
        r.put("/api/v1/conversations/{id}/state", conversationsController::saveState, Access.SERVICE);
        r.post("/api/v1/conversations/{id}/messages", conversationsController::append, Access.SERVICE);
        r.get("/api/v1/conversations/{id}/messages", conversationsController::transcript, Access.SERVICE);
    }

    /** Hands the articles' view counts to the search index; call at start and then every minute or so. */
    public void publishArticleViews() {
        articleStats.publishViews();
    }

    /** A service token for an integration in this process (the bot); only its hash is stored. */
    public String issueServiceToken(String name) {
        return sessions.issueServiceToken(name);
    }
}

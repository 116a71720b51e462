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
import org.examdesk.admin.articles.ArticlesController;
import org.examdesk.admin.conversations.ConversationService;
import org.examdesk.admin.conversations.ConversationsController;
import org.examdesk.admin.slack.SlackRoutes;
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
    private final SlackRoutes slack;

    public AdminApi(Jdbi jdbi, Clock clock, ObjectMapper json, KnowledgeBase knowledge, Settings settings) {
        PasswordHasher hasher = new PasswordHasher();
        this.sessions = new SessionService(jdbi, clock, settings.sessionTtl(), hasher);
        this.sessionsController = new SessionsController(sessions);
        this.conversationsController = new ConversationsController(new ConversationService(jdbi, json));
        this.articlesController = new ArticlesController(knowledge);
        this.slack = new SlackRoutes(jdbi, clock, json);
    }

    public void routes(JavalinConfig cfg) {
        RoutesConfig r = cfg.routes;
        r.beforeMatched("/api/v1/*", new AuthHandler(sessions));

        r.post("/api/v1/sessions", sessionsController::login, Access.PUBLIC);
        r.delete("/api/v1/sessions/current", sessionsController::logout, Access.PUBLIC);
        r.get("/api/v1/me", sessionsController::me, Access.SIGNED_IN);

        r.get("/api/v1/articles/search", articlesController::search, Access.PUBLIC);
        r.get("/api/v1/articles/{id}", articlesController::get, Access.PUBLIC);

        r.post("/api/v1/conversations", conversationsController::create, Access.SERVICE);
        r.get("/api/v1/conversations/{id}", conversationsController::get, Access.SERVICE);
        r.put("/api/v1/conversations/{id}/state", conversationsController::saveState, Access.SERVICE);
        r.post("/api/v1/conversations/{id}/messages", conversationsController::append, Access.SERVICE);
        r.get("/api/v1/conversations/{id}/messages", conversationsController::transcript, Access.SERVICE);

        slack.routes(r);
    }

    /** A service token for an integration in this process (the bot); only its hash is stored. */
    public String issueServiceToken(String name) {
        return sessions.issueServiceToken(name);
    }
}

package org.examdesk.admin.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import java.time.Clock;
import org.examdesk.admin.accounts.Access;
import org.examdesk.admin.audit.AuditLog;
import org.jdbi.v3.core.Jdbi;

/** The Slack feature of the admin API: linking Slack users to staff, and what the Slack channel stores. */
public final class SlackRoutes {
    private final SlackController controller;

    public SlackRoutes(Jdbi jdbi, Clock clock, ObjectMapper json) {
        this.controller = new SlackController(
                new SlackLinkService(jdbi, clock, new AuditLog(json)),
                new SlackBotService(jdbi, clock),
                new SlackCasePosts(jdbi));
    }

    public void routes(RoutesConfig r) {
        r.post("/api/v1/me/slack-link-codes", controller::issueCode, Access.STAFF);
        r.post("/api/v1/slack/links", controller::redeem, Access.SERVICE);
        r.post("/api/v1/slack/links/by-email", controller::linkByEmail, Access.SERVICE);
        r.delete("/api/v1/slack/links/{team}/{user}", controller::unlink, Access.SERVICE);
        r.post("/api/v1/slack/events", controller::claimEvent, Access.SERVICE);
        r.post("/api/v1/slack/conversations", controller::conversation, Access.SERVICE);
        r.put("/api/v1/slack/case-posts/{number}", controller::savePost, Access.SERVICE);
        r.get("/api/v1/slack/case-posts/{number}", controller::postOf, Access.SERVICE);
        r.get("/api/v1/slack/case-posts", controller::postAt, Access.SERVICE);
        r.get("/api/v1/slack/links", controller::linksOf, Access.SERVICE);
    }
}

package org.examdesk.admin.slack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.examdesk.admin.client.AdminClient;

/** The typed client of the Slack endpoints, for the bot with its service token. */
public final class SlackAdminClient {
    /** The staff user a Slack user is now linked to. */
    public record Linked(long userId, String name) {
    }

    private final AdminClient.Caller service;

    public SlackAdminClient(AdminClient.Caller service) {
        this.service = service;
    }

    /** Redeems a link code; a bad or expired code is a 422 {@code AdminApiException} with a human message. */
    public Linked redeem(String teamId, String slackUserId, String code) {
        return service.send("POST", "/api/v1/slack/links",
                Map.of("teamId", teamId, "slackUserId", slackUserId, "code", code), Linked.class);
    }

    /** Links by an email Slack says is verified; 404 when no single verified staff email matches. */
    public Linked linkByVerifiedEmail(String teamId, String slackUserId, String email) {
        return service.send("POST", "/api/v1/slack/links/by-email",
                Map.of("teamId", teamId, "slackUserId", slackUserId, "email", email), Linked.class);
    }

    public void unlink(String teamId, String slackUserId) {
        service.send("DELETE", "/api/v1/slack/links/" + teamId + "/" + slackUserId, null, Void.class);
    }

    /** True the first time this event id is seen by any node. */
    public boolean firstDelivery(String eventId) {
        return service.send("POST", "/api/v1/slack/events", Map.of("eventId", eventId), JsonNode.class)
                .get("firstDelivery").asBoolean();
    }

    /** The conversation of this Slack user in this Slack channel (created when needed). */
    public UUID conversation(String teamId, String slackUserId, String channelId) {
        JsonNode answer = service.send("POST", "/api/v1/slack/conversations",
                Map.of("teamId", teamId, "slackUserId", slackUserId, "channelId", channelId), JsonNode.class);
        return UUID.fromString(answer.get("id").asText());
    }

    /** How {@code X-On-Behalf-Of} names a Slack user. */
    public static String subject(String teamId, String slackUserId) {
        return "slack:" + teamId + ":" + slackUserId;
    }
}

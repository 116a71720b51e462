package org.examdesk.admin.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/** The typed client of the Slack endpoints, for the bot with its service token. */
public final class SlackAdminClient {
    /** The staff user a Slack user is now linked to. */
    public record Linked(long userId, String name) {}

    private final AdminClient.Caller service;

    public SlackAdminClient(AdminClient.Caller service) {
        this.service = service;
    }

    /** Redeems a link code; a bad or expired code is a 422 {@code AdminApiException} with a human message. */
    public Linked redeem(String teamId, String slackUserId, String code) {
        return service.send(
                "POST",
                "/api/v1/slack/links",
                Map.of("teamId", teamId, "slackUserId", slackUserId, "code", code),
                Linked.class);
    }

    /** Links by an email Slack says is verified; 404 when no single verified staff email matches. */
    public Linked linkByVerifiedEmail(String teamId, String slackUserId, String email) {
        return service.send(
                "POST",
                "/api/v1/slack/links/by-email",
                Map.of("teamId", teamId, "slackUserId", slackUserId, "email", email),
                Linked.class);
    }

    public void unlink(String teamId, String slackUserId) {
        service.send("DELETE", "/api/v1/slack/links/" + teamId + "/" + slackUserId, null, Void.class);
    }

    /** True the first time this event id is seen by any node. */
    public boolean firstDelivery(String eventId) {
        return service.send("POST", "/api/v1/slack/events", Map.of("eventId", eventId), JsonNode.class)
                .get("firstDelivery")
                .asBoolean();
    }

    /** The conversation of this Slack user in this Slack channel (created when needed). */
    public UUID conversation(String teamId, String slackUserId, String channelId) {
        JsonNode answer = service.send(
                "POST",
                "/api/v1/slack/conversations",
                Map.of("teamId", teamId, "slackUserId", slackUserId, "channelId", channelId),
                JsonNode.class);
        return UUID.fromString(answer.get("id").asText());
    }

    /** Where a case's message in the agents' channel is. */
    public record CasePost(String number, String channelId, String ts) {}

    /** A Slack user linked to a staff user. */
    public record Link(String teamId, String slackUserId) {}

    private record Links(List<Link> links) {}

    public void savePost(String number, String channelId, String ts) {
        service.send("PUT", "/api/v1/slack/case-posts/" + number, Map.of("channelId", channelId, "ts", ts), Void.class);
    }

    /** The case's message in the agents' channel, if it was posted there. */
    public Optional<CasePost> postOf(String number) {
        return notFoundAsEmpty(() -> service.send("GET", "/api/v1/slack/case-posts/" + number, null, CasePost.class));
    }

    /** The case posted at this message of the agents' channel, if any. */
    public Optional<CasePost> postAt(String channelId, String ts) {
        return notFoundAsEmpty(() -> service.send(
                "GET", "/api/v1/slack/case-posts?channelId=" + channelId + "&ts=" + ts, null, CasePost.class));
    }

    /** The Slack users a staff user is linked as. */
    public List<Link> linksOf(long userId) {
        return service.send("GET", "/api/v1/slack/links?userId=" + userId, null, Links.class)
                .links();
    }

    private static <T> Optional<T> notFoundAsEmpty(Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (AdminApiException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** How {@code X-On-Behalf-Of} names a Slack user. */
    public static String subject(String teamId, String slackUserId) {
        return "slack:" + teamId + ":" + slackUserId;
    }
}

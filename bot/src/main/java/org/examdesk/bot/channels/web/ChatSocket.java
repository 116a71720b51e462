package org.examdesk.bot.channels.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import io.javalin.websocket.WsMessageContext;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.web.ApiException;
import org.examdesk.bot.engine.ChatService;
import org.examdesk.bot.engine.Inbound;
import org.examdesk.bot.engine.Speaker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web chat over a WebSocket. The page sends {@code {"type":"start","token"?,"conversationId"?}} (the id
 * lets a reconnect carry the conversation on), then {@code {"type":"message","text"|"action"}}; the server
 * answers {@code started}, {@code typing}, {@code replies} or {@code error}. Messages of one connection are
 * handled one at a time, so replies arrive in order.
 */
public final class ChatSocket {
    private static final Logger log = LoggerFactory.getLogger(ChatSocket.class);
    private static final String CHANNEL = "web";

    private record Session(UUID conversationId, Speaker speaker) {
    }

    private record RepliesMessage(String type, java.util.List<org.examdesk.bot.engine.Reply> replies) {
    }

    private final ChatService chat;
    private final ObjectMapper json;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    public ChatSocket(ChatService chat, ObjectMapper json) {
        this.chat = chat;
        this.json = json;
    }

    public void configure(WsConfig ws) {
        ws.onConnect(ctx -> ctx.enableAutomaticPings(20, TimeUnit.SECONDS));
        ws.onMessage(this::onMessage);
        ws.onClose(ctx -> sessions.remove(ctx.sessionId()));
    }

    private void onMessage(WsMessageContext ctx) {
        try {
            JsonNode message = json.readTree(ctx.message());
            String type = message.path("type").asText("");
            switch (type) {
                case "start" -> start(ctx, message);
                case "message" -> turn(ctx, message);
                default -> error(ctx, "I did not understand that message from the page.");
            }
        } catch (ApiException e) {
            error(ctx, e.getMessage());
        } catch (AdminApiException e) {
            error(ctx, e.status() >= 500 ? "Something went wrong on our side. Please try again." : e.getMessage());
        } catch (Exception e) {
            log.error("Web chat message failed", e);
            error(ctx, "Something went wrong on our side. Please try again.");
        }
    }

    private void start(WsContext ctx, JsonNode message) {
        String token = textOrNull(message, "token");
        Speaker speaker = chat.speaker(token, CHANNEL);
        UUID id = resumable(message).orElseGet(() -> chat.start(speaker, CHANNEL));
        sessions.put(ctx.sessionId(), new Session(id, speaker));
        send(ctx, Map.of("type", "started", "id", id.toString()));
    }

    private java.util.Optional<UUID> resumable(JsonNode message) {
        String given = textOrNull(message, "conversationId");
        try {
            return given == null ? java.util.Optional.empty() : java.util.Optional.of(UUID.fromString(given));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private void turn(WsContext ctx, JsonNode message) {
        Session session = sessions.get(ctx.sessionId());
        if (session == null) {
            error(ctx, "The chat has not started yet; reload the page.");
            return;
        }
        String text = textOrNull(message, "text");
        String action = textOrNull(message, "action");
        if ((text == null) == (action == null)) {
            error(ctx, "Send either a message or a button press.");
            return;
        }
        if (text != null && text.length() > Inbound.MAX_TEXT) {
            error(ctx, "Messages are limited to " + Inbound.MAX_TEXT + " characters. Could you say it more briefly?");
            return;
        }
        send(ctx, Map.of("type", "typing"));
        Inbound inbound = text != null ? Inbound.text(text) : Inbound.action(action);
        java.util.List<org.examdesk.bot.engine.Reply> replies =
                chat.turn(session.conversationId(), session.speaker(), inbound, CHANNEL);
        replies.stream().filter(r -> r instanceof org.examdesk.bot.engine.Reply.SignedIn).findFirst()
                .ifPresent(r -> sessions.put(ctx.sessionId(), new Session(session.conversationId(),
                        chat.speaker(((org.examdesk.bot.engine.Reply.SignedIn) r).token(), CHANNEL))));
        send(ctx, new RepliesMessage("replies", replies));
    }

    private void error(WsContext ctx, String message) {
        send(ctx, Map.of("type", "error", "message", message));
    }

    private void send(WsContext ctx, Object payload) {
        try {
            ctx.send(json.writeValueAsString(payload));
        } catch (Exception e) {
            log.warn("Could not send to web chat {}: {}", ctx.sessionId(), e.getMessage());
        }
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}

package org.examdesk.bot.channels.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import io.javalin.websocket.WsMessageContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.bot.engine.ChatService;
import org.examdesk.bot.engine.Inbound;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.platform.RequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web chat over a WebSocket. The page sends {@code {"type":"start","token"?,"conversationId"?}} (the id
 * lets a reconnect carry the conversation on), then {@code {"type":"message","seq","messageId"?,"text"|"action"}};
 * the server answers {@code started} (with who is signed in), {@code typing}, {@code replies} or {@code error},
 * each echoing the {@code seq} of the message it answers so the page can match answers to messages and resend
 * unanswered ones after a reconnect. A resent message keeps its {@code messageId}, and its turn runs once: the
 * copy gets the first copy's replies (see {@link ChatService#turn}). Messages of one connection are handled one at
 * a time, so replies arrive in order.
 */
public final class ChatSocket {
    private static final Logger log = LoggerFactory.getLogger(ChatSocket.class);
    private static final String CHANNEL = "web";

    private record Session(UUID conversationId, Speaker speaker, WsContext ctx) {}

    private record RepliesMessage(String type, Long seq, List<Reply> replies) {}

    private record ErrorMessage(String type, Long seq, String code, String message) {}

    private record Started(String type, String id, Who user) {}

    /** Who the page is talking as, for its header and for which tools it shows: nothing secret. */
    private record Who(String name, String kind, String centre, List<String> roles) {}

    private final ChatService chat;
    private final ObjectMapper json;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    /** Each connection's messages run one after another, off the server's threads, on the turn pool. */
    private final Map<String, CompletableFuture<Void>> queues = new ConcurrentHashMap<>();

    private final Executor turns;
    /** The connections that have sent a frame that is not JSON: each is logged once, not once a frame. */
    private final Set<String> unreadable = ConcurrentHashMap.newKeySet();

    public ChatSocket(ChatService chat, ObjectMapper json, Executor turns) {
        this.chat = chat;
        this.json = json;
        this.turns = turns;
    }

    public void configure(WsConfig ws) {
        ws.onConnect(ctx -> ctx.enableAutomaticPings(20, TimeUnit.SECONDS));
        ws.onMessage(this::enqueue);
        ws.onClose(ctx -> {
            sessions.remove(ctx.sessionId());
            queues.remove(ctx.sessionId());
            unreadable.remove(ctx.sessionId());
        });
    }

    /**
     * A turn calls the admin API over HTTP on this same server; running it on a server thread could tie up every
     * server thread waiting for calls that need one. So turns run on their own bounded pool, in order per page;
     * when the pool is full the page is told to send again.
     */
    private void enqueue(WsMessageContext ctx) {
        String raw = ctx.message();
        queues.compute(ctx.sessionId(), (id, tail) -> (tail == null
                        ? CompletableFuture.<Void>completedFuture(null)
                        : tail)
                .thenRunAsync(() -> onMessage(ctx, raw), turns)
                .exceptionally(e -> {
                    error(ctx, null, "busy", "ExamDesk is very busy just now; please send that again in a moment.");
                    return null;
                }));
    }

    private void onMessage(WsMessageContext ctx, String raw) {
        Long seq = null;
        try {
            JsonNode message = json.readTree(raw);
            seq = message.hasNonNull("seq") && message.get("seq").canConvertToLong()
                    ? message.get("seq").asLong()
                    : null;
            String type = message.path("type").asText("");
            switch (type) {
                case "start" -> start(ctx, message);
                case "message" -> turn(ctx, message, seq);
                default -> error(ctx, seq, "bad_message", "I did not understand that message from the page.");
            }
        } catch (JsonProcessingException e) {
            unreadable(ctx);
        } catch (RequestException e) {
            error(ctx, seq, e.code(), e.getMessage());
        } catch (AdminApiException e) {
            error(
                    ctx,
                    seq,
                    e.error(),
                    e.status() >= 500 && !e.unavailable()
                            ? "Something went wrong on our side. Please try again."
                            : e.getMessage());
        } catch (Exception e) {
            log.error("Web chat message failed", e);
            error(ctx, seq, "server_error", "Something went wrong on our side. Please try again.");
        }
    }

    /** A frame that is not JSON: answered every time, logged (without a stack trace) once per connection. */
    private void unreadable(WsContext ctx) {
        if (unreadable.add(ctx.sessionId())) {
            log.warn(
                    "Web chat {} sent a frame that is not JSON; answering it (and any more) with an error",
                    ctx.sessionId());
        }
        error(ctx, null, "bad_message", "I could not read that message from the page: it was not JSON.");
    }

    private void start(WsContext ctx, JsonNode message) {
        String token = textOrNull(message, "token");
        Speaker speaker = chat.speaker(token, CHANNEL);
        UUID id = resumable(message)
                .flatMap(given -> chat.resume(given, speaker, CHANNEL))
                .orElseGet(() -> chat.start(speaker, CHANNEL));
        sessions.put(ctx.sessionId(), new Session(id, speaker, ctx));
        Who who = speaker.signedIn()
                ? new Who(
                        speaker.user().name(),
                        speaker.user().kind(),
                        speaker.user().centre() == null
                                ? null
                                : speaker.user().centre().name(),
                        speaker.user().roles() == null
                                ? List.of()
                                : speaker.user().roles())
                : null;
        send(ctx, new Started("started", id.toString(), who));
    }

    private Optional<UUID> resumable(JsonNode message) {
        String given = textOrNull(message, "conversationId");
        try {
            return given == null ? Optional.empty() : Optional.of(UUID.fromString(given));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void turn(WsContext ctx, JsonNode message, Long seq) {
        Session session = sessions.get(ctx.sessionId());
        if (session == null) {
            error(ctx, seq, "not_started", "The chat has not started yet; reload the page.");
            return;
        }
        String text = textOrNull(message, "text");
        String action = textOrNull(message, "action");
        if ((text == null) == (action == null)) {
            error(ctx, seq, "invalid", "Send either a message or a button press.");
            return;
        }
        if (text != null && text.length() > Inbound.MAX_TEXT) {
            error(
                    ctx,
                    seq,
                    "too_long",
                    "Messages are limited to " + Inbound.MAX_TEXT + " characters. Could you say it more briefly?");
            return;
        }
        Map<String, String> values = values(message.get("values"));
        String formProblem = Inbound.valuesProblem(values);
        if (formProblem != null) {
            error(ctx, seq, "invalid", formProblem);
            return;
        }
        send(ctx, seq == null ? Map.of("type", "typing") : Map.of("type", "typing", "seq", seq));
        Inbound inbound = text != null ? Inbound.text(text) : Inbound.form(action, values);
        List<Reply> replies = chat.turn(
                session.conversationId(), session.speaker(), inbound, CHANNEL, textOrNull(message, "messageId"));
        replies.stream()
                .filter(r -> r instanceof Reply.SignedIn)
                .findFirst()
                .ifPresent(r -> sessions.put(
                        ctx.sessionId(),
                        new Session(
                                session.conversationId(), chat.speaker(((Reply.SignedIn) r).token(), CHANNEL), ctx)));
        send(ctx, new RepliesMessage("replies", seq, replies));
    }

    /** Sends replies that did not come from a turn (an agent's answer) to every page showing the conversation. */
    public void deliver(UUID conversationId, List<Reply> replies) {
        sessions.values().stream()
                .filter(s -> s.conversationId().equals(conversationId))
                .forEach(s -> send(s.ctx(), new RepliesMessage("replies", null, replies)));
    }

    private void error(WsContext ctx, Long seq, String code, String message) {
        send(ctx, new ErrorMessage("error", seq, code, message));
    }

    private void send(WsContext ctx, Object payload) {
        try {
            ctx.send(json.writeValueAsString(payload));
        } catch (Exception e) {
            log.warn("Could not send to web chat {}: {}", ctx.sessionId(), e.getMessage());
        }
    }

    /** A form's values: an object of strings (anything else is dropped). */
    private static Map<String, String> values(JsonNode node) {
        Map<String, String> values = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            node.fields().forEachRemaining(f -> {
                if (f.getValue().isTextual()) {
                    values.put(f.getKey(), f.getValue().asText());
                }
            });
        }
        return values;
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}

package org.examdesk.bot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * One web-chat page as the WebSocket sees it: sends {@code start}, then numbered messages; matches each
 * {@code replies} (or {@code error}) to its message by {@code seq} and hands the reply time to the stats.
 */
final class ChatClient implements WebSocket.Listener {
    private record Sent(long at, boolean counted) {}

    private final ChatLoadStats stats;
    private final ObjectMapper json;
    private final StringBuilder partial = new StringBuilder();
    private final Map<Long, Sent> unanswered = new ConcurrentHashMap<>();
    private final CompletableFuture<Void> started = new CompletableFuture<>();
    private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);
    private WebSocket socket;
    private long seq;
    private volatile boolean closing;
    private final Consumer<String> seen;

    ChatClient(ChatLoadStats stats, ObjectMapper json) {
        this(stats, json, line -> {});
    }

    /**
     * The same, handing {@code seen} each text it sends ("&gt; text") and each message it receives ("&lt; json"):
     * to print or check what a benchmark's scripts do.
     */
    ChatClient(ChatLoadStats stats, ObjectMapper json, Consumer<String> seen) {
        this.stats = stats;
        this.json = json;
        this.seen = seen;
    }

    /** Starts an anonymous conversation on an open socket; the future completes when the server says started. */
    CompletableFuture<Void> start(WebSocket open) {
        return start(open, null);
    }

    /** The same, signed in with a staff session's {@code token} when it is not null. */
    CompletableFuture<Void> start(WebSocket open, String token) {
        ObjectNode start = JsonNodeFactory.instance.objectNode().put("type", "start");
        if (token != null) {
            start.put("token", token);
        }
        synchronized (this) {
            socket = open;
            sending = open.sendText(start.toString(), true);
        }
        return started;
    }

    /**
     * Sends one message, unless the previous one is still unanswered: a person waits for the answer before typing
     * on, so a slow server shows as fewer messages a second (counted as waits), not as a queue without bound. The
     * reply time is recorded when {@code counted}. Sends on one socket are chained.
     */
    synchronized void tick(String text, boolean counted) {
        if (!unanswered.isEmpty()) {
            stats.waited(counted);
            return;
        }
        long number = ++seq;
        ObjectNode message = JsonNodeFactory.instance
                .objectNode()
                .put("type", "message")
                .put("seq", number)
                .put("text", text);
        unanswered.put(number, new Sent(System.nanoTime(), counted));
        seen.accept("> " + text);
        stats.sent(counted);
        sending = sending.thenCompose(x -> socket.sendText(message.toString(), true))
                .exceptionally(e -> {
                    unanswered.remove(number);
                    stats.failed(counted, "send failed: " + e.getClass().getSimpleName());
                    return null;
                });
    }

    int unanswered(boolean countedOnly) {
        return (int) unanswered.values().stream()
                .filter(s -> !countedOnly || s.counted())
                .count();
    }

    void close() {
        closing = true;
        synchronized (this) {
            sending.thenCompose(x -> socket.sendClose(WebSocket.NORMAL_CLOSURE, "done"));
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            received(partial.toString());
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    private void received(String text) {
        long now = System.nanoTime();
        seen.accept("< " + text);
        try {
            JsonNode message = json.readTree(text);
            String type = message.path("type").asText();
            boolean answers = type.equals("replies") || type.equals("error");
            Sent sent = answers && message.hasNonNull("seq")
                    ? unanswered.remove(message.get("seq").asLong())
                    : null;
            switch (type) {
                case "started" -> started.complete(null);
                case "replies" -> {
                    if (sent != null) {
                        stats.answered(sent.counted(), now - sent.at());
                    }
                }
                case "error" -> stats.failed(
                        sent == null || sent.counted(),
                        "error " + message.path("code").asText());
                case "typing" -> {
                    // the server's typing indicator: the reply follows
                }
                default -> stats.failed(true, "unexpected " + type);
            }
        } catch (Exception e) {
            stats.failed(true, "unreadable message");
        }
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        started.completeExceptionally(error);
        stats.failed(true, "socket error: " + error.getClass().getSimpleName());
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        if (!closing) {
            stats.failed(true, "closed by server: " + statusCode);
        }
        return null;
    }
}

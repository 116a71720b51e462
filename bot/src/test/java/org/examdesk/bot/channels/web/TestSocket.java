package org.examdesk.bot.channels.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A chat page's WebSocket to {@code /chat/ws} as a test drives it: everything the server sends, in order. */
final class TestSocket implements WebSocket.Listener, AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    private TestSocket() {}

    /** Connects and sends {@code start} with the token and conversation to carry on (either may be null). */
    static TestSocket open(int port, String token, String conversationId) {
        TestSocket page = new TestSocket();
        page.socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/chat/ws"), page)
                .join();
        ObjectNode start =
                JSON.createObjectNode().put("type", "start").put("token", token).put("conversationId", conversationId);
        page.send(start.toString());
        return page;
    }

    void send(String text) {
        socket.sendText(text, true).join();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            received.add(partial.toString());
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    /** The next message containing {@code fragment} (those before it are passed over), waiting at most 20 s. */
    String await(String fragment) {
        return awaitJson(m -> m.toString().contains(fragment), fragment).toString();
    }

    /** Waits for {@code started} and answers the id of the conversation the server carries on. */
    String started() {
        return awaitJson(m -> m.path("type").asText().equals("started"), "started")
                .get("id")
                .asText();
    }

    /** The next {@code replies} message answering {@code seq}. */
    JsonNode awaitReplies(long seq) {
        return awaitJson(
                m -> m.path("type").asText().equals("replies") && m.path("seq").asLong() == seq,
                "replies to seq " + seq);
    }

    /** The next message of {@code type} answering {@code seq} (such as {@code typing}). */
    JsonNode await(String type, long seq) {
        return awaitJson(
                m -> m.path("type").asText().equals(type) && m.path("seq").asLong() == seq, type + " for seq " + seq);
    }

    private JsonNode awaitJson(Predicate<JsonNode> wanted, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        try {
            while (System.nanoTime() < deadline) {
                String message = received.poll(200, TimeUnit.MILLISECONDS);
                if (message != null && wanted.test(JSON.readTree(message))) {
                    return JSON.readTree(message);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("No message: " + what);
    }

    /** Drops the connection as a network failure would: no closing handshake. */
    @Override
    public void close() {
        socket.abort();
    }
}

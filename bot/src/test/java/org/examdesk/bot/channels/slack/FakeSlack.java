package org.examdesk.bot.channels.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A local stand-in for the Slack Web API: answers the methods the bot calls, serves files and response URLs,
 * takes uploads (files.getUploadURLExternal gives an address here, recorded as "upload" with the bytes sent, then
 * files.completeUploadExternal), and records every call so tests can wait for one (bounded) and look at what was
 * sent.
 */
public final class FakeSlack implements AutoCloseable {
    public static final String TEAM = "T0001";
    public static final String BOT_USER = "UBOT";
    /** The bot token the app is given and that file downloads must carry. */
    public static final String BOT_TOKEN = "xoxb-test-token";
    /** The secret Slack signs its requests with. */
    public static final String SIGNING_SECRET = "test-signing-secret";

    /** One recorded call: the Web API method (or "response_url", "file"), its parameters, and when. */
    public record Call(String method, Map<String, String> params, String body, Instant at) {
        public String param(String name) {
            return params.getOrDefault(name, "");
        }

        /** Everything sent, as one string, for "contains" checks. */
        public String all() {
            return params + " " + body;
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final List<Call> calls = new ArrayList<>();
    private final Map<String, String> users = new ConcurrentHashMap<>();
    private final Map<String, String> files = new ConcurrentHashMap<>();
    private final Map<String, byte[]> fileBodies = new ConcurrentHashMap<>();
    private final Map<String, Integer> rateLimited = new ConcurrentHashMap<>();
    private final AtomicInteger ts = new AtomicInteger();
    private final Map<Call, String> answeredTs = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<String, Duration> latency = new ConcurrentHashMap<>();

    public FakeSlack() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(32));
        server.createContext("/api/", this::api);
        server.createContext("/response/", ex -> record(ex, "response_url", "{}"));
        server.createContext("/files/", this::file);
        server.createContext(
                "/upload/",
                ex -> record(ex, "upload", "OK - " + ex.getRequestURI().getPath()));
        server.start();
    }

    /** The environment that points the app's Slack channel at this fake. */
    public Map<String, String> appEnv() {
        return Map.of(
                "SLACK_BOT_TOKEN", BOT_TOKEN, "SLACK_SIGNING_SECRET", SIGNING_SECRET, "SLACK_API_BASE_URL", apiBase());
    }

    public String apiBase() {
        return base() + "/api/";
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String responseUrl(String id) {
        return base() + "/response/" + id;
    }

    /** users.info answers this user with a confirmed (or not) email. */
    public void user(String id, String email, boolean confirmed) {
        users.put(
                id,
                "{\"ok\":true,\"user\":{\"id\":\"" + id + "\",\"team_id\":\"" + TEAM + "\",\"is_bot\":false,"
                        + "\"deleted\":false,\"is_email_confirmed\":" + confirmed + ",\"profile\":{\"email\":\"" + email
                        + "\"}}}");
    }

    /** files.info answers this file, downloadable from this server. */
    public void file(String id, String name, String filetype, byte[] body) {
        fileBodies.put(id, body);
        files.put(
                id,
                "{\"ok\":true,\"file\":{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"filetype\":\""
                        + filetype + "\",\"size\":" + body.length + ",\"url_private\":\"" + base() + "/files/" + id
                        + "\",\"url_private_download\":\"" + base() + "/files/" + id + "\"}}");
    }

    /** Every call of {@code method} takes this long to answer (for the benchmark: slow work behind the ack). */
    public void latency(String method, Duration delay) {
        latency.put(method, delay);
    }

    /** The next call of {@code method} answers 429 with Retry-After. */
    public void rateLimitNext(String method, int retryAfterSeconds) {
        rateLimited.put(method, retryAfterSeconds);
    }

    public List<Call> calls(String method) {
        synchronized (calls) {
            return calls.stream().filter(c -> c.method().equals(method)).toList();
        }
    }

    /** Waits (at most {@code within}) for a call that matches, and returns it. */
    public Call await(String method, Predicate<Call> matching, Duration within) {
        Instant deadline = Instant.now().plus(within);
        synchronized (calls) {
            while (true) {
                Optional<Call> found = calls.stream()
                        .filter(c -> c.method().equals(method))
                        .filter(matching)
                        .findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0) {
                    throw new AssertionError("No " + method + " call matched within " + within + "; calls: " + calls);
                }
                try {
                    calls.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted");
                }
            }
        }
    }

    public Call await(String method, Predicate<Call> matching) {
        return await(method, matching, Duration.ofSeconds(10));
    }

    private void api(HttpExchange ex) throws IOException {
        String method = ex.getRequestURI().getPath().substring("/api/".length());
        Integer retryAfter = rateLimited.remove(method);
        if (retryAfter != null) {
            recordOnly(ex, method + ":429");
            ex.getResponseHeaders().add("Retry-After", String.valueOf(retryAfter));
            respond(ex, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
            return;
        }
        Call call = recordOnly(ex, method);
        Duration delay = latency.get(method);
        if (delay != null) {
            try {
                Thread.sleep(delay.toMillis()); // simulated Slack latency, benchmark only
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        respond(ex, 200, answer(method, call.params(), answeredTs.get(call)));
    }

    /** The ts the fake answered a {@code chat.postMessage} with: the posted message's id. */
    public String answerTs(Call call) {
        String answered = answeredTs.get(call);
        if (answered == null) {
            throw new AssertionError("no ts was answered for " + call);
        }
        return answered;
    }

    private String answer(String method, Map<String, String> params, String messageTs) {
        String user = params.getOrDefault("user", "");
        String file = params.getOrDefault("file", "");
        return switch (method) {
            case "auth.test" -> "{\"ok\":true,\"url\":\"https://examdesk.slack.com/\",\"team\":\"Test\",\"user\":\"examdesk\","
                    + "\"team_id\":\"" + TEAM + "\",\"user_id\":\"" + BOT_USER + "\",\"bot_id\":\"BBOT\"}";
            case "bots.info" -> "{\"ok\":true,\"bot\":{\"id\":\"BBOT\",\"user_id\":\"" + BOT_USER + "\"}}";
            case "chat.postMessage", "chat.update" -> "{\"ok\":true,\"channel\":\"" + params.get("channel")
                    + "\",\"ts\":\"" + messageTs + "\"}";
            case "chat.postEphemeral" -> "{\"ok\":true,\"message_ts\":\"1700000000.999999\"}";
            case "reactions.add" -> "{\"ok\":true}";
            case "views.open", "views.publish" -> "{\"ok\":true,\"view\":{\"id\":\"V0001\"}}";
            case "users.info" -> users.getOrDefault(user, "{\"ok\":false,\"error\":\"user_not_found\"}");
            case "files.info" -> files.getOrDefault(file, "{\"ok\":false,\"error\":\"file_not_found\"}");
            case "files.getUploadURLExternal" -> "{\"ok\":true,\"upload_url\":\"" + base() + "/upload/F" + messageTs
                    + "\",\"file_id\":\"F" + messageTs + "\"}";
            case "files.completeUploadExternal" -> "{\"ok\":true,\"files\":" + params.getOrDefault("files", "[]") + "}";
            case "conversations.open" -> "{\"ok\":true,\"channel\":{\"id\":\"D" + params.getOrDefault("users", "X")
                    + "\"}}";
            default -> "{\"ok\":false,\"error\":\"unknown_method\"}";
        };
    }

    private void file(HttpExchange ex) throws IOException {
        String id = ex.getRequestURI().getPath().substring("/files/".length());
        recordOnly(ex, "file");
        byte[] body = fileBodies.get(id);
        boolean authorised =
                ("Bearer " + BOT_TOKEN).equals(ex.getRequestHeaders().getFirst("Authorization"));
        if (body == null || !authorised) {
            respond(ex, 404, "not found");
            return;
        }
        ex.sendResponseHeaders(200, body.length);
        ex.getResponseBody().write(body);
        ex.close();
    }

    private void record(HttpExchange ex, String method, String answer) throws IOException {
        recordOnly(ex, method);
        respond(ex, 200, answer);
    }

    private Call recordOnly(HttpExchange ex, String method) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> params = body.startsWith("{") ? Map.of() : decode(body);
        Call call = new Call(method, params, body, Instant.now());
        answeredTs.put(call, "1700000000." + String.format("%06d", ts.incrementAndGet()));
        synchronized (calls) {
            calls.add(call);
            calls.notifyAll();
        }
        return call;
    }

    private static Map<String, String> decode(String body) {
        Map<String, String> params = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private static void respond(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    /** The blocks sent with a call, parsed. */
    public JsonNode blocks(Call call) {
        try {
            return json.readTree(call.param("blocks").isEmpty() ? "[]" : call.param("blocks"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

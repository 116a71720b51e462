package org.examdesk.admin.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.examdesk.admin.client.ClientModels.Conversation;
import org.examdesk.admin.client.ClientModels.Session;
import org.examdesk.admin.client.ClientModels.TranscriptEntry;
import org.examdesk.admin.client.ClientModels.User;

/**
 * The typed client of the admin API. The bot talks to the admin API only through this, over HTTP, even in one
 * process, so every rule and permission check stays in one place. {@link #as} binds a bearer token and a
 * channel: every call is then made as that person.
 */
public final class AdminClient {
    private final URI base;
    private final HttpClient http;
    private final ObjectMapper json;
    private final String channelKey;

    /** A client whose calls the admin API records as made through the plain API, whatever channel it names. */
    public AdminClient(URI base, HttpClient http, ObjectMapper json) {
        this(base, http, json, null);
    }

    /**
     * A client of ExamDesk's own channels in the admin API's process: {@code channelKey} (the admin API's
     * {@code channelKey()}) lets the channel each caller names (web, slack) be recorded in the audit.
     */
    public AdminClient(URI base, HttpClient http, ObjectMapper json, String channelKey) {
        this.base = base;
        this.http = http;
        this.json = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.channelKey = channelKey;
    }

    public Session login(String username, String password) {
        return new Caller(null, "api", null, null)
                .send("POST", "/api/v1/sessions", Map.of("username", username, "password", password), Session.class);
    }

    /** Calls made as the holder of {@code token} (null for anonymous), through {@code channel}. */
    public Caller as(String token, String channel) {
        return new Caller(token, channel, null, null);
    }

    /** One caller's view of the API. */
    public final class Caller {
        private final String token;
        private final String channel;
        private final String idempotencyKey;
        private final String onBehalfOf;

        private Caller(String token, String channel, String idempotencyKey, String onBehalfOf) {
            this.token = token;
            this.channel = channel;
            this.idempotencyKey = idempotencyKey;
            this.onBehalfOf = onBehalfOf;
        }

        /**
         * The reference of this caller's change: its request id, derived from the idempotency key, so the audit
         * row of the change can be found from what the person was told.
         */
        public String reference() {
            if (idempotencyKey == null) {
                return null;
            }
            try {
                byte[] hash =
                        MessageDigest.getInstance("SHA-256").digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
                return "ED-" + HexFormat.of().formatHex(hash, 0, 5).toUpperCase(Locale.ROOT);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Calls through the same channel as the holder of another token (e.g. a student who just proved who they are). */
        public Caller withToken(String otherToken) {
            return new Caller(otherToken, channel, null, null);
        }

        /** The same caller, sending {@code Idempotency-Key}: a retried change is then done only once. */
        public Caller withIdempotencyKey(String key) {
            return new Caller(token, channel, key, onBehalfOf);
        }

        /**
         * The same (service) caller acting for the person linked to {@code subject}, e.g. {@code slack:T1:U1}:
         * sends {@code X-On-Behalf-Of}; the admin API answers 401 {@code not_linked} if nobody is linked.
         */
        public Caller onBehalfOf(String subject) {
            return new Caller(token, channel, idempotencyKey, subject);
        }

        public User me() {
            return send("GET", "/api/v1/me", null, User.class);
        }

        public void logout() {
            send("DELETE", "/api/v1/sessions/current", null, Void.class);
        }

        public Conversation createConversation(String conversationChannel, Long userId, Long studentId) {
            Map<String, Object> body = new HashMap<>();
            body.put("channel", conversationChannel);
            body.put("userId", userId);
            body.put("studentId", studentId);
            return send("POST", "/api/v1/conversations", body, Conversation.class);
        }

        /** Gives an anonymous conversation to the person who has just signed in. */
        public Conversation claimConversation(UUID id, Long userId, Long studentId) {
            Map<String, Object> body = new HashMap<>();
            body.put("userId", userId);
            body.put("studentId", studentId);
            return send("PUT", "/api/v1/conversations/" + id + "/owner", body, Conversation.class);
        }

        /**
         * Starts a turn in one call: checks the conversation is this person's (or passes an anonymous one to them),
         * appends their message and answers the conversation with its state. Empty when the conversation is not
         * theirs or does not exist; {@link AdminApiException} 409 {@code duplicate} when the message was sent before.
         */
        public Optional<Conversation> beginTurn(
                UUID id, Long userId, Long studentId, Object message, String clientMessageId) {
            Map<String, Object> body = new HashMap<>();
            body.put("userId", userId);
            body.put("studentId", studentId);
            body.put("message", message);
            body.put("clientMessageId", clientMessageId);
            try {
                return Optional.of(send("POST", "/api/v1/conversations/" + id + "/turns", body, Conversation.class));
            } catch (AdminApiException e) {
                if (e.status() == 404) {
                    return Optional.empty();
                }
                throw e;
            }
        }

        public Optional<Conversation> conversation(UUID id) {
            try {
                return Optional.of(send("GET", "/api/v1/conversations/" + id, null, Conversation.class));
            } catch (AdminApiException e) {
                if (e.status() == 404) {
                    return Optional.empty();
                }
                throw e;
            }
        }

        /** Saves flow state; throws a 409 {@link AdminApiException} if someone saved since {@code version}. */
        public int saveState(UUID id, JsonNode state, int version) {
            JsonNode answer = send(
                    "PUT",
                    "/api/v1/conversations/" + id + "/state",
                    Map.of("state", state, "version", version),
                    JsonNode.class);
            return answer.get("version").asInt();
        }

        /**
         * Ends a turn in one call: saves the state (optimistic {@code version}, 409 if someone saved since) and
         * appends the bot's answer to the transcript with the client message id it answers (null: none).
         */
        public int saveStateAndAnswer(UUID id, JsonNode state, int version, Object answer, String clientMessageId) {
            Map<String, Object> request = new HashMap<>();
            request.put("state", state);
            request.put("version", version);
            request.put("botMessage", answer);
            request.put("clientMessageId", clientMessageId);
            return send("PUT", "/api/v1/conversations/" + id + "/state", request, JsonNode.class)
                    .get("version")
                    .asInt();
        }

        public void appendMessage(UUID id, String author, Object body) {
            send(
                    "POST",
                    "/api/v1/conversations/" + id + "/messages",
                    Map.of("author", author, "body", body),
                    Void.class);
        }

        /**
         * Appends a message carrying the page's id for it (null: none, always appended). False when the conversation
         * already holds a message of this author with that id: the page sent it again after a reconnect.
         */
        public boolean appendMessageOnce(UUID id, String author, Object body, String clientMessageId) {
            Map<String, Object> message = new HashMap<>();
            message.put("author", author);
            message.put("body", body);
            message.put("clientMessageId", clientMessageId);
            try {
                send("POST", "/api/v1/conversations/" + id + "/messages", message, Void.class);
                return true;
            } catch (AdminApiException e) {
                if (e.status() == 409 && "duplicate".equals(e.error())) {
                    return false;
                }
                throw e;
            }
        }

        public List<TranscriptEntry> transcript(UUID id) {
            return transcript("/api/v1/conversations/" + id + "/messages");
        }

        /** The message the page sent with {@code clientMessageId} and the bot's answer to it, if stored yet. */
        public List<TranscriptEntry> transcript(UUID id, String clientMessageId) {
            return transcript("/api/v1/conversations/" + id + "/messages?clientMessageId="
                    + URLEncoder.encode(clientMessageId, StandardCharsets.UTF_8));
        }

        private List<TranscriptEntry> transcript(String path) {
            JsonNode answer = send("GET", path, null, JsonNode.class);
            return json.convertValue(answer.get("items"), new TypeReference<List<TranscriptEntry>>() {});
        }

        /**
         * Sends one JSON request as this caller; answers 4xx/5xx with {@link AdminApiException}. Feature clients
         * (students, cases, results access) are built on this.
         */
        public <T> T send(String method, String path, Object body, Class<T> type) {
            return send(method, path, body, Map.of(), type);
        }

        /** A JSON request with extra headers (such as {@code Idempotency-Key}). */
        public <T> T send(String method, String path, Object body, Map<String, String> headers, Class<T> type) {
            JsonNode answer = exchange(method, path, body, headers);
            if (type == Void.class || answer == null) {
                return null;
            }
            return json.convertValue(answer, type);
        }

        public <T> T send(String method, String path, Object body, TypeReference<T> type) {
            JsonNode answer = exchange(method, path, body, Map.of());
            return answer == null ? null : json.convertValue(answer, type);
        }

        /**
         * A request with a raw body (null for none) of {@code contentType}; answers the raw response body, such as
         * a CSV file. Errors are {@link AdminApiException}s as for JSON calls.
         */
        public byte[] sendRaw(
                String method, String path, String contentType, byte[] body, Map<String, String> headers) {
            HttpRequest.Builder request = request(path, headers);
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", contentType)
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
            }
            try {
                HttpResponse<byte[]> response = call(request);
                if (response.statusCode() >= 400) {
                    read(response);
                }
                return response.body();
            } catch (IOException e) {
                throw unavailable(e);
            }
        }

        /** Posts one file and some form fields as {@code multipart/form-data} (e.g. an import) as this caller. */
        public <T> T postFile(String path, Map<String, String> fields, Multipart.FilePart file, Class<T> type) {
            return postFile(path, fields, file, Map.of(), type);
        }

        /** The same upload with extra headers (such as {@code Idempotency-Key}). */
        public <T> T postFile(
                String path,
                Map<String, String> fields,
                Multipart.FilePart file,
                Map<String, String> headers,
                Class<T> type) {
            Multipart body = Multipart.of(fields, file);
            byte[] answer = sendRaw("POST", path, body.contentType(), body.bytes(), headers);
            try {
                return answer.length == 0 ? null : json.readValue(answer, type);
            } catch (IOException e) {
                throw new AdminApiException(
                        502, "bad_answer", "The admin API answered with unreadable JSON.", List.of());
            }
        }

        private JsonNode exchange(String method, String path, Object body, Map<String, String> headers) {
            HttpRequest.Builder request = request(path, headers);
            try {
                if (body == null) {
                    request.method(method, HttpRequest.BodyPublishers.noBody());
                } else {
                    request.header("Content-Type", "application/json")
                            .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
                }
                return read(call(request));
            } catch (IOException e) {
                throw unavailable(e);
            }
        }

        private HttpRequest.Builder request(String path, Map<String, String> headers) {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json")
                    .header("X-ExamDesk-Channel", channel);
            if (channelKey != null) {
                request.header("X-ExamDesk-Channel-Key", channelKey);
            }
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
                request.header("X-Request-Id", reference());
            }
            if (onBehalfOf != null) {
                request.header("X-On-Behalf-Of", onBehalfOf);
            }
            headers.forEach(request::header);
            return request;
        }

        private HttpResponse<byte[]> call(HttpRequest.Builder request) throws IOException {
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AdminApiException(
                        503, "interrupted", "The call to the admin API was interrupted.", List.of());
            }
        }

        private AdminApiException unavailable(IOException e) {
            return new AdminApiException(
                    503, "unavailable", "The admin API cannot be reached: " + e.getMessage(), List.of());
        }

        private JsonNode read(HttpResponse<byte[]> response) throws IOException {
            if (response.statusCode() >= 400) {
                JsonNode error = response.body().length == 0 ? json.createObjectNode() : json.readTree(response.body());
                List<String> details = error.has("details")
                        ? json.convertValue(error.get("details"), new TypeReference<List<String>>() {})
                        : List.of();
                throw new AdminApiException(
                        response.statusCode(),
                        error.path("error").asText("error"),
                        error.path("message").asText("The admin API refused the request."),
                        details);
            }
            return response.body().length == 0 ? null : json.readTree(response.body());
        }
    }
}

package org.examdesk.admin.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.examdesk.admin.accounts.Actor;
import org.jdbi.v3.core.Handle;

/**
 * Makes a change safe to retry: the first request with an {@code Idempotency-Key} stores its response with the
 * key and the caller, in the change's own transaction; a retry gets the stored response and changes nothing, so
 * no second email goes out. Two requests racing with one key serialize on the key's row. A failed change rolls
 * back with its key, so the retry tries again.
 */
public final class Idempotency {
    public static final String HEADER = "Idempotency-Key";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    private final ObjectMapper json;

    public Idempotency(ObjectMapper json) {
        this.json = json;
    }

    /** The response of a change: its status and JSON body; {@code replayed} when it came from the store. */
    public record Outcome(int status, JsonNode body, boolean replayed) {
    }

    /**
     * Runs {@code change} once per {@code key} (null key: always runs). {@code request} names what was asked
     * (method, path and body); reusing a key for a different request is refused.
     */
    public Outcome run(Handle h, Actor actor, String key, String request, int status, Supplier<Object> change) {
        if (key == null) {
            return new Outcome(status, json.valueToTree(change.get()), false);
        }
        checkKey(key);
        String type = actor.caller().kind().name();
        long id = actor.caller().id();
        int inserted = h.createUpdate("""
                        insert into idempotency_keys (caller_type, caller_id, key, request) values (:type, :id, :key, :request)
                        on conflict do nothing""")
                .bind("type", type).bind("id", id).bind("key", key).bind("request", request).execute();
        if (inserted == 0) {
            return replay(h, type, id, key, request);
        }
        JsonNode body = json.valueToTree(change.get());
        h.createUpdate("update idempotency_keys set status = :status, response = cast(:body as jsonb) "
                        + "where caller_type = :type and caller_id = :id and key = :key")
                .bind("status", status).bind("body", write(body)).bind("type", type).bind("id", id).bind("key", key)
                .execute();
        return new Outcome(status, body, false);
    }

    /** Refuses (422) a key that is not 8 to 128 letters, digits or {@code . _ : -}; null passes. */
    public static void checkKey(String key) {
        if (key != null && !SANE.matcher(key).matches()) {
            throw ApiException.invalid("The Idempotency-Key header must be 8 to 128 letters, digits or . _ : -.",
                    List.of(HEADER));
        }
    }

    /** Writes an outcome to the response; a replay is marked with {@code Idempotent-Replayed: true}. */
    public static void respond(io.javalin.http.Context ctx, Outcome outcome) {
        if (outcome.replayed()) {
            ctx.header("Idempotent-Replayed", "true");
        }
        ctx.status(outcome.status()).json(outcome.body());
    }

    private Outcome replay(Handle h, String type, long id, String key, String request) {
        record Stored(String request, int status, String response) {
        }
        Stored stored = h.createQuery("select request, status, response::text as response from idempotency_keys "
                        + "where caller_type = :type and caller_id = :id and key = :key")
                .bind("type", type).bind("id", id).bind("key", key)
                .map((rs, ctx) -> new Stored(rs.getString(1), rs.getInt(2), rs.getString(3))).one();
        if (!stored.request().equals(request)) {
            throw ApiException.invalid("This Idempotency-Key was already used for a different request. "
                    + "Use a new key for a new change.", List.of(HEADER));
        }
        try {
            return new Outcome(stored.status(), json.readTree(stored.response()), true);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored idempotent response is not JSON", e);
        }
    }

    private String write(JsonNode body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

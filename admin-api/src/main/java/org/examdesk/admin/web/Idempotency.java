package org.examdesk.admin.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
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

    /** Whose key it is: keys are stored per caller (their kind and id), so two callers may use the same key. */
    public interface KeyOwner {
        String keyOwnerType();

        long keyOwnerId();
    }

    /** The response of a change: its status and JSON body; {@code replayed} when it came from the store. */
    public record Outcome(int status, JsonNode body, boolean replayed) {}

    /**
     * Runs {@code change} once per {@code key} (null key: always runs). {@code request} names what was asked
     * (method, path and body); reusing a key for a different request is refused.
     */
    public Outcome run(Handle h, KeyOwner actor, String key, String request, int status, Supplier<Object> change) {
        if (key == null) {
            return new Outcome(status, json.valueToTree(change.get()), false);
        }
        checkKey(key);
        String type = actor.keyOwnerType();
        long id = actor.keyOwnerId();
        IdempotencyDao keys = h.attach(IdempotencyDao.class);
        if (keys.claim(type, id, key, request) == 0) {
            return replay(keys, type, id, key, request);
        }
        JsonNode body = json.valueToTree(change.get());
        keys.store(type, id, key, status, write(body));
        return new Outcome(status, body, false);
    }

    /** Refuses (422) a key that is not 8 to 128 letters, digits or {@code . _ : -}; null passes. */
    public static void checkKey(String key) {
        if (key != null && !SANE.matcher(key).matches()) {
            throw ApiException.invalid(
                    "The Idempotency-Key header must be 8 to 128 letters, digits or . _ : -.", List.of(HEADER));
        }
    }

    /** Writes an outcome to the response; a replay is marked with {@code Idempotent-Replayed: true}. */
    public static void respond(Context ctx, Outcome outcome) {
        if (outcome.replayed()) {
            ctx.header("Idempotent-Replayed", "true");
        }
        ctx.status(outcome.status()).json(outcome.body());
    }

    private Outcome replay(IdempotencyDao keys, String type, long id, String key, String request) {
        IdempotencyDao.Stored stored = keys.find(type, id, key).orElseThrow();
        if (!stored.request().equals(request)) {
            throw ApiException.invalid(
                    "This Idempotency-Key was already used for a different request. "
                            + "Use a new key for a new change.",
                    List.of(HEADER));
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

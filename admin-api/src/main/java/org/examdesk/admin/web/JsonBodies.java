package org.examdesk.admin.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.javalin.json.JavalinJackson;
import io.javalin.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The servers' JSON mapper (Jackson through Javalin), with the one rule every request body shares: where a
 * request expects an object, a body of {@code null}, an array or a single value is a 400 in the one error shape,
 * not a null the handler trips over.
 */
public final class JsonBodies implements JsonMapper {
    private final JavalinJackson jackson;

    public JsonBodies(ObjectMapper mapper) {
        this.jackson = new JavalinJackson(mapper, false);
    }

    @Override
    public String toJsonString(Object obj, Type type) {
        return jackson.toJsonString(obj, type);
    }

    @Override
    public InputStream toJsonStream(Object obj, Type type) {
        return jackson.toJsonStream(obj, type);
    }

    @Override
    public void writeToOutputStream(Stream<?> stream, java.io.OutputStream out) {
        jackson.writeToOutputStream(stream, out);
    }

    @Override
    public <T> T fromJsonString(String json, Type type) {
        if (expectsObject(type) && firstSignificant(json) != '{') {
            throw notAnObject();
        }
        return jackson.fromJsonString(json, type);
    }

    @Override
    public <T> T fromJsonStream(InputStream json, Type type) {
        if (!expectsObject(type)) {
            return jackson.fromJsonStream(json, type);
        }
        PushbackInputStream in = new PushbackInputStream(json, 1);
        try {
            int first = in.read();
            while (first != -1 && isBlank(first)) {
                first = in.read();
            }
            if (first != '{') {
                throw notAnObject();
            }
            in.unread(first);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jackson.fromJsonStream(in, type);
    }

    /** A record or class read from its fields, or a map: what a body in braces is. */
    static boolean expectsObject(Type type) {
        Class<?> raw = TypeFactory.rawClass(type);
        if (Map.class.isAssignableFrom(raw) || raw.isRecord()) {
            return true;
        }
        return !raw.isPrimitive()
                && !raw.isArray()
                && !raw.isEnum()
                && !Collection.class.isAssignableFrom(raw)
                && !JsonNode.class.isAssignableFrom(raw)
                && !raw.getName().startsWith("java.");
    }

    private static int firstSignificant(String json) {
        if (json == null) {
            return -1;
        }
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (!isBlank(c)) {
                return c;
            }
        }
        return -1;
    }

    private static boolean isBlank(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\uFEFF';
    }

    private static ApiException notAnObject() {
        return new ApiException(
                400,
                "malformed_json",
                "The request body must be a JSON object in braces, { … }, not null, an array or a single value.",
                List.of("body"));
    }
}

package org.examdesk.admin.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinState;
import io.javalin.security.Roles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3.0 document of {@code /api/v1}: paths, methods and who may call each come from the routes as
 * registered (so nothing registered is missing); summaries, parameters, bodies and responses come from the
 * hand-written {@code openapi/operations.json}. A route without a description is listed as undocumented.
 */
public final class OpenApiDocument {
    /** A registered route: method, path and the access rules it names. */
    public record Route(String method, String path, List<String> access) {
        String key() {
            return method + " " + path;
        }
    }

    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");
    private final ObjectMapper json;
    private final JsonNode operations;

    public OpenApiDocument(ObjectMapper json) {
        this.json = json;
        try (InputStream in = OpenApiDocument.class.getResourceAsStream("/openapi/operations.json")) {
            this.operations = json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("openapi/operations.json is missing or not JSON", e);
        }
    }

    /** The routes of the running server under /api/v1. */
    public static List<Route> routes(JavalinState state) {
        return state.internalRouter.allHttpHandlers().stream()
                .map(p -> p.endpoint)
                .filter(e -> e.path.startsWith("/api/v1/")
                        && !e.method.name().equals("HEAD")
                        && !e.method.name().equals("OPTIONS"))
                .filter(e -> e.method.isHttpMethod())
                .map(e -> {
                    Roles roles = e.metadata(Roles.class);
                    List<String> access = roles == null
                            ? List.of()
                            : roles.getRoles().stream()
                                    .map(Object::toString)
                                    .sorted()
                                    .toList();
                    return new Route(e.method.name(), e.path, access);
                })
                .sorted(Comparator.comparing(Route::path).thenComparing(Route::method))
                .toList();
    }

    /** Whether the hand-written part describes {@code route}. */
    public boolean describes(Route route) {
        return operations.has(route.key());
    }

    public ObjectNode build(List<Route> routes) {
        ObjectNode doc = json.createObjectNode();
        doc.put("openapi", "3.0.3");
        doc.putObject("info")
                .put("title", "ExamDesk admin API")
                .put("version", "1")
                .put(
                        "description",
                        "Every call is made as a person (bearer token from POST /api/v1/sessions, a "
                                + "student session, or a service token). Errors: {error, message, requestId, details}. "
                                + "x-access names who may call an operation; staff reach only their own centre (404 otherwise).");
        ObjectNode components = doc.putObject("components");
        components
                .putObject("securitySchemes")
                .putObject("bearer")
                .put("type", "http")
                .put("scheme", "bearer");
        ObjectNode error = components.putObject("schemas").putObject("Error").put("type", "object");
        ObjectNode props = error.putObject("properties");
        props.putObject("error").put("type", "string");
        props.putObject("message").put("type", "string");
        props.putObject("requestId").put("type", "string");
        props.putObject("details").put("type", "array").putObject("items").put("type", "string");
        Map<String, ObjectNode> paths = new TreeMap<>();
        for (Route route : routes) {
            ObjectNode path = paths.computeIfAbsent(route.path(), p -> json.createObjectNode());
            path.set(route.method().toLowerCase(Locale.ROOT), operation(route));
        }
        ObjectNode pathsNode = doc.putObject("paths");
        paths.forEach(pathsNode::set);
        return doc;
    }

    private ObjectNode operation(Route route) {
        JsonNode described = operations.path(route.key());
        ObjectNode op = json.createObjectNode();
        op.put("operationId", (route.method() + route.path()).replaceAll("[^A-Za-z0-9]+", "_"));
        op.put("summary", described.path("summary").asText("(undocumented)"));
        if (described.has("description")) {
            op.put("description", described.get("description").asText());
        }
        if (described.has("tags")) {
            op.set("tags", described.get("tags"));
        }
        op.set("x-access", json.valueToTree(route.access()));
        if (!route.access().equals(List.of("PUBLIC"))) {
            op.putArray("security").addObject().putArray("bearer");
        }
        ArrayNode parameters = op.putArray("parameters");
        Matcher m = PATH_PARAM.matcher(route.path());
        while (m.find()) {
            parameters
                    .addObject()
                    .put("name", m.group(1))
                    .put("in", "path")
                    .put("required", true)
                    .putObject("schema")
                    .put("type", "string");
        }
        described.path("parameters").forEach(p -> parameters
                .addObject()
                .put("name", p.asText())
                .put("in", "query")
                .putObject("schema")
                .put("type", "string"));
        if (described.path("idempotent").asBoolean(false)) {
            parameters
                    .addObject()
                    .put("name", "Idempotency-Key")
                    .put("in", "header")
                    .put("description", "A retry with the same key changes nothing twice")
                    .putObject("schema")
                    .put("type", "string");
        }
        body(op, described);
        ObjectNode responses = op.putObject("responses");
        described.path("responses").fields().forEachRemaining(r -> responses
                .putObject(r.getKey())
                .put("description", r.getValue().asText()));
        if (responses.isEmpty()) {
            responses.putObject("200").put("description", "OK");
        }
        responses
                .putObject("default")
                .put("description", "an error")
                .putObject("content")
                .putObject("application/json")
                .putObject("schema")
                .put("$ref", "#/components/schemas/Error");
        return op;
    }

    private static void body(ObjectNode op, JsonNode described) {
        if (described.has("requestBody")) {
            op.putObject("requestBody")
                    .putObject("content")
                    .putObject("application/json")
                    .set("example", described.get("requestBody"));
        }
        if (described.has("multipart")) {
            ObjectNode schema = op.putObject("requestBody")
                    .putObject("content")
                    .putObject("multipart/form-data")
                    .putObject("schema")
                    .put("type", "object");
            described.get("multipart").forEach(f -> schema.with("properties")
                    .putObject(f.asText())
                    .put("type", "string"));
        }
    }
}

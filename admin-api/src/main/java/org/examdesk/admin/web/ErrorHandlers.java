package org.examdesk.admin.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.sql.SQLException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import org.examdesk.admin.db.DatabaseOutage;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure to {@link ErrorBody} once: 4xx logged at warn, 5xx at error with the request id,
 * never a stack trace or SQL in the body. A unique violation (SQLState 23505) becomes a 409.
 */
public final class ErrorHandlers {
    private static final Logger log = LoggerFactory.getLogger(ErrorHandlers.class);

    private ErrorHandlers() {}

    public static void install(JavalinConfig cfg) {
        cfg.routes.exception(ApiException.class, (e, ctx) -> {
            e.retryAfter().ifPresent(wait -> ctx.header("Retry-After", String.valueOf(wait.toSeconds())));
            respond(ctx, e.status(), e.code(), e.getMessage(), e.details());
        });
        cfg.routes.exception(JsonProcessingException.class, (e, ctx) -> malformedJson(ctx, e));
        cfg.routes.exception(HttpResponseException.class, ErrorHandlers::httpResponse);
        cfg.routes.exception(JdbiException.class, ErrorHandlers::database);
        cfg.routes.exception(Exception.class, (e, ctx) -> unexpected(ctx, e));
        cfg.routes.error(404, "*", ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty() || !ctx.result().startsWith("{\"error\"")) {
                respond(
                        ctx,
                        404,
                        "not_found",
                        "There is nothing at " + ctx.method() + " " + ctx.path() + ".",
                        List.of());
            }
        });
    }

    static void respond(Context ctx, int status, String code, String message, List<String> details) {
        if (status >= 500) {
            log.error("{} {} {} -> {} {}", RequestIds.of(ctx), ctx.method(), ctx.path(), status, message);
        } else {
            log.warn("{} {} {} -> {} {}", RequestIds.of(ctx), ctx.method(), ctx.path(), status, message);
        }
        ctx.status(status).json(new ErrorBody(code, message, RequestIds.of(ctx), details));
    }

    private static void malformedJson(Context ctx, JsonProcessingException e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof InvalidFormatException invalid
                    && invalid.getTargetType() != null
                    && Temporal.class.isAssignableFrom(invalid.getTargetType())) {
                String field = path(invalid);
                respond(
                        ctx,
                        422,
                        "invalid",
                        "The field '" + field + "' is not a real date; write it as YYYY-MM-DD, e.g. 2026-09-01.",
                        List.of(field));
                return;
            }
            if (cause instanceof UnrecognizedPropertyException unknown) {
                respond(
                        ctx,
                        400,
                        "unknown_field",
                        "The field '" + unknown.getPropertyName() + "' is not expected here.",
                        List.of(unknown.getPropertyName()));
                return;
            }
            cause = cause.getCause();
        }
        respond(
                ctx,
                400,
                "malformed_json",
                "The request body is not valid JSON for this endpoint.",
                List.of(
                        e.getOriginalMessage() == null
                                ? "unreadable body"
                                : e.getOriginalMessage().split("\n")[0]));
    }

    /** The field's path in the body as a client writes it, e.g. {@code learners[0].courseStart}. */
    private static String path(InvalidFormatException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static void httpResponse(HttpResponseException e, Context ctx) {
        if (e instanceof BadRequestResponse && e.getCause() instanceof JsonProcessingException json) {
            malformedJson(ctx, json);
            return;
        }
        if (e.getCause() instanceof ApiException api) { // e.g. a body that is not the object the route expects
            respond(ctx, api.status(), api.code(), api.getMessage(), api.details());
            return;
        }
        int status = e.getStatus();
        switch (status) {
            case 404 -> respond(
                    ctx, 404, "not_found", "There is nothing at " + ctx.method() + " " + ctx.path() + ".", List.of());
            case 413 -> respond(
                    ctx, 413, "too_large", "The request body is larger than this server accepts.", List.of());
            default -> respond(ctx, status, status < 500 ? "bad_request" : "server_error", e.getMessage(), List.of());
        }
    }

    /**
     * A unique violation is a 409; a database that cannot be reached a 503 (the transaction was rolled back, so
     * nothing was changed); any other database failure a 500 whose log line names only the SQLState and where it
     * was thrown, since PostgreSQL's own messages may quote the values sent (an email, a date of birth).
     */
    private static void database(JdbiException e, Context ctx) {
        String state = null;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                if ("23505".equals(sql.getSQLState())) {
                    respond(ctx, 409, "conflict", "That already exists.", List.of());
                    return;
                }
                if (DatabaseOutage.isOutage(sql)) {
                    ctx.header("Retry-After", "10");
                    respond(ctx, 503, "unavailable", DatabaseOutage.SENTENCE, List.of());
                    return;
                }
                state = state == null ? sql.getSQLState() : state;
            }
        }
        StackTraceElement at = Arrays.stream(e.getStackTrace())
                .filter(frame -> frame.getClassName().startsWith("org.examdesk."))
                .findFirst()
                .orElse(null);
        log.error(
                "{} {} {} failed: database error, SQLState {} ({} at {})",
                RequestIds.of(ctx),
                ctx.method(),
                ctx.path(),
                state,
                e.getClass().getSimpleName(),
                at);
        serverError(ctx);
    }

    private static void unexpected(Context ctx, Exception e) {
        log.error("{} {} {} failed", RequestIds.of(ctx), ctx.method(), ctx.path(), e);
        serverError(ctx);
    }

    private static void serverError(Context ctx) {
        ctx.status(500)
                .json(new ErrorBody(
                        "server_error",
                        "Something went wrong on our side. Quote the request id if you contact support.",
                        RequestIds.of(ctx),
                        List.of()));
    }
}

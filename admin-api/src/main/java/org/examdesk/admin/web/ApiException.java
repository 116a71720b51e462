package org.examdesk.admin.web;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A failure that reaches the client as the one error shape {@code {"error","message","requestId","details"}}.
 * Services throw these; {@link ErrorHandlers} maps them once.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final String code;
    private final List<String> details;
    private final Duration retryAfter;

    public ApiException(int status, String code, String message, List<String> details) {
        this(status, code, message, details, null);
    }

    private ApiException(int status, String code, String message, List<String> details, Duration retryAfter) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = List.copyOf(details);
        this.retryAfter = retryAfter;
    }

    public static ApiException badRequest(String message, String... details) {
        return new ApiException(400, "bad_request", message, List.of(details));
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(401, "unauthorized", message, List.of());
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, "forbidden", message, List.of());
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message, List.of());
    }

    public static ApiException conflict(String message) {
        return new ApiException(409, "conflict", message, List.of());
    }

    public static ApiException tooLarge(String message) {
        return new ApiException(413, "too_large", message, List.of());
    }

    public static ApiException invalid(String message, List<String> details) {
        return new ApiException(422, "invalid", message, details);
    }

    public static ApiException tooManyRequests(String message) {
        return new ApiException(429, "too_many_requests", message, List.of());
    }

    /** A 429 that tells the client, in {@code Retry-After}, how long to wait. */
    public static ApiException tooManyRequests(String message, Duration retryAfter) {
        return new ApiException(429, "too_many_requests", message, List.of(), retryAfter);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<String> details() {
        return details;
    }

    /** How long the client should wait before trying again, when the answer says so. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}

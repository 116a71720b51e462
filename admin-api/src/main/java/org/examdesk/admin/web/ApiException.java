package org.examdesk.admin.web;

import java.util.List;

/**
 * A failure that reaches the client as the one error shape {@code {"error","message","requestId","details"}}.
 * Services throw these; {@link ErrorHandlers} maps them once.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final String code;
    private final List<String> details;

    public ApiException(int status, String code, String message, List<String> details) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = List.copyOf(details);
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

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<String> details() {
        return details;
    }
}

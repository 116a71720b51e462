package org.examdesk.bot.platform;

import java.util.List;

/**
 * A request to the bot (web chat, HTTP channel, Slack events) refused with the one error shape
 * {@code {"error","message","requestId","details"}}: the wiring class maps it to the same body and status as the
 * admin API's own refusals. Not to be confused with {@code AdminApiException}, the admin API's answer to a call the
 * bot made.
 */
public final class RequestException extends RuntimeException {
    private final int status;
    private final String code;
    private final List<String> details;

    public RequestException(int status, String code, String message, List<String> details) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = List.copyOf(details);
    }

    public static RequestException badRequest(String message) {
        return new RequestException(400, "bad_request", message, List.of());
    }

    public static RequestException unauthorized(String message) {
        return new RequestException(401, "unauthorized", message, List.of());
    }

    public static RequestException forbidden(String message) {
        return new RequestException(403, "forbidden", message, List.of());
    }

    public static RequestException notFound(String message) {
        return new RequestException(404, "not_found", message, List.of());
    }

    public static RequestException invalid(String message, List<String> details) {
        return new RequestException(422, "invalid", message, details);
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

package org.examdesk.admin.client;

import java.util.List;

/** The admin API answered with an error; carries its status, code, human message and details. */
public final class AdminApiException extends RuntimeException {
    private final int status;
    private final String error;
    private final List<String> details;

    public AdminApiException(int status, String error, String message, List<String> details) {
        super(message);
        this.status = status;
        this.error = error;
        this.details = details == null ? List.of() : List.copyOf(details);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public List<String> details() {
        return details;
    }

    /**
     * The admin API could not reach its database (503 {@code unavailable}): nothing was read or changed, and the
     * message says so in words a person can be shown.
     */
    public boolean unavailable() {
        return status == 503;
    }
}

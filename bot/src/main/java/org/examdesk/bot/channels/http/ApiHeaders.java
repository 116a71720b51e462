package org.examdesk.bot.channels.http;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * The headers the HTTP channel reads exactly as the admin API reads them, so both parts of ExamDesk accept the same
 * requests; the wiring class hands in the admin API's own rules.
 */
public interface ApiHeaders {
    /** The token of an {@code Authorization: Bearer ...} header, if there is one. */
    Optional<String> bearer(Context ctx);

    /**
     * The {@code Idempotency-Key} header, null without one; a malformed key refuses the request (422, the header
     * named in the details).
     */
    String idempotencyKey(Context ctx);
}

package org.examdesk.admin.mail;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** {@code GET /api/v1/outbox?to=}: the queued and sent emails, newest first, for board administrators. */
public final class OutboxController {
    private final Jdbi jdbi;

    public OutboxController(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void list(Context ctx) {
        String to = ctx.queryParam("to");
        String recipient = to == null || to.isBlank() ? null : to.trim();
        List<OutboxDao.OutboxEmail> items =
                jdbi.withHandle(h -> h.attach(OutboxDao.class).latest(recipient));
        ctx.json(Map.of("items", items));
    }
}

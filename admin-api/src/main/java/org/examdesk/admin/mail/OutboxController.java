package org.examdesk.admin.mail;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** {@code GET /api/v1/outbox?to=}: the queued and sent emails, newest first, for board administrators. */
public final class OutboxController {
    record OutboxEmail(long id, String recipient, String subject, String body, Instant createdAt, Instant sentAt,
                       int attempts, String lastError) {
    }

    private final Jdbi jdbi;

    public OutboxController(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void list(Context ctx) {
        String to = ctx.queryParam("to");
        List<OutboxEmail> items = jdbi.withHandle(h -> h.createQuery("""
                        select id, recipient, subject, body, created_at, sent_at, attempts, last_error from outbox
                         where (cast(:to as text) is null or lower(recipient) = lower(:to))
                         order by id desc limit 100""")
                .bind("to", to == null || to.isBlank() ? null : to.trim())
                .map((rs, c) -> new OutboxEmail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, java.time.OffsetDateTime.class).toInstant(),
                        rs.getObject(6, java.time.OffsetDateTime.class) == null ? null
                                : rs.getObject(6, java.time.OffsetDateTime.class).toInstant(),
                        rs.getInt(7), rs.getString(8)))
                .list());
        ctx.json(Map.of("items", items));
    }
}

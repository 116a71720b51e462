package org.examdesk.admin.mail;

import java.util.List;
import org.examdesk.admin.db.Copy;
import org.jdbi.v3.core.Handle;

/**
 * Queues an email in the same transaction as the change that causes it, so no email is lost when the process
 * dies between commit and send, and none is sent for a change that rolled back. A sender delivers the queue.
 */
public final class Outbox {
    /** One email to queue. */
    public record Email(String recipient, String subject, String body) {}

    public void enqueue(Handle handle, String recipient, String subject, String body) {
        handle.attach(OutboxDao.class).insert(recipient, subject, body);
    }

    /** Queues many emails at once (imports, exports), copied in, in the caller's transaction. */
    public void enqueueAll(Handle handle, List<Email> emails) {
        Copy.into(
                handle,
                "outbox (recipient, subject, body)",
                emails,
                email -> List.of(email.recipient(), email.subject(), email.body()));
    }
}

package org.examdesk.admin.mail;

import org.jdbi.v3.core.Handle;

/**
 * Queues an email in the same transaction as the change that causes it, so no email is lost when the process
 * dies between commit and send, and none is sent for a change that rolled back. A sender delivers the queue.
 */
public final class Outbox {
    /** One email to queue. */
    public record Email(String recipient, String subject, String body) {
    }

    public void enqueue(Handle handle, String recipient, String subject, String body) {
        handle.createUpdate("insert into outbox (recipient, subject, body) values (:recipient, :subject, :body)")
                .bind("recipient", recipient)
                .bind("subject", subject)
                .bind("body", body)
                .execute();
    }

    /** Queues many emails in one batch (imports, exports), in the caller's transaction. */
    public void enqueueAll(Handle handle, java.util.List<Email> emails) {
        org.jdbi.v3.core.statement.PreparedBatch batch =
                handle.prepareBatch("insert into outbox (recipient, subject, body) values (:recipient, :subject, :body)");
        for (Email email : emails) {
            batch.bind("recipient", email.recipient()).bind("subject", email.subject()).bind("body", email.body()).add();
        }
        if (!emails.isEmpty()) {
            batch.execute();
        }
    }
}

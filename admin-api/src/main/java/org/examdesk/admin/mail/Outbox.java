package org.examdesk.admin.mail;

import org.jdbi.v3.core.Handle;

/**
 * Queues an email in the same transaction as the change that causes it, so no email is lost when the process
 * dies between commit and send, and none is sent for a change that rolled back. A sender delivers the queue.
 */
public final class Outbox {
    public void enqueue(Handle handle, String recipient, String subject, String body) {
        handle.createUpdate("insert into outbox (recipient, subject, body) values (:recipient, :subject, :body)")
                .bind("recipient", recipient)
                .bind("subject", subject)
                .bind("body", body)
                .execute();
    }
}

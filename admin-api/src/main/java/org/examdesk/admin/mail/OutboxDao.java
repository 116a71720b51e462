package org.examdesk.admin.mail;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The outbox table: queueing, delivery bookkeeping and the list the outbox page shows. */
interface OutboxDao {
    /** An email due to be sent. */
    record Pending(long id, String recipient, String subject, String body, int attempts) {}

    /** An email as the outbox page shows it. */
    record OutboxEmail(
            long id,
            String recipient,
            String subject,
            String body,
            Instant createdAt,
            Instant sentAt,
            int attempts,
            String lastError) {}

    @SqlUpdate("insert into outbox (recipient, subject, body) values (:recipient, :subject, :body)")
    void insert(@Bind("recipient") String recipient, @Bind("subject") String subject, @Bind("body") String body);

    /** Due rows, taken so that another node skips them until this transaction ends. */
    @SqlQuery(
            """
            select id, recipient, subject, body, attempts from outbox
             where sent_at is null and next_attempt <= :now and attempts < :max
             order by id limit :batch for update skip locked""")
    @RegisterConstructorMapper(Pending.class)
    List<Pending> takeDue(@Bind("now") Instant now, @Bind("max") int maxAttempts, @Bind("batch") int batch);

    @SqlUpdate("update outbox set sent_at = :now, attempts = attempts + 1, last_error = null where id = :id")
    void markSent(@Bind("id") long id, @Bind("now") Instant now);

    @SqlUpdate("update outbox set attempts = attempts + 1, next_attempt = :next, last_error = :error where id = :id")
    void markFailed(@Bind("id") long id, @Bind("next") Instant next, @Bind("error") String error);

    /** The newest 100 emails, all or those to one recipient (any case). */
    @SqlQuery(
            """
            select id, recipient, subject, body, created_at, sent_at, attempts, last_error from outbox
             where (cast(:to as text) is null or lower(recipient) = lower(:to))
             order by id desc limit 100""")
    @RegisterConstructorMapper(OutboxEmail.class)
    List<OutboxEmail> latest(@Bind("to") String to);
}

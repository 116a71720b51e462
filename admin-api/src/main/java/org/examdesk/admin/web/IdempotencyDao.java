package org.examdesk.admin.web;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The stored keys and responses of {@link Idempotency}, one row per caller and key. */
interface IdempotencyDao {
    /** A stored request and its response. */
    record Stored(String request, int status, String response) {}

    /** Claims the key; 0 when the caller already used it (the row is then locked by the first request). */
    @SqlUpdate(
            """
            insert into idempotency_keys (caller_type, caller_id, key, request) values (:type, :id, :key, :request)
            on conflict do nothing""")
    int claim(
            @Bind("type") String callerType,
            @Bind("id") long callerId,
            @Bind("key") String key,
            @Bind("request") String request);

    @SqlUpdate("update idempotency_keys set status = :status, response = cast(:body as jsonb) "
            + "where caller_type = :type and caller_id = :id and key = :key")
    void store(
            @Bind("type") String callerType,
            @Bind("id") long callerId,
            @Bind("key") String key,
            @Bind("status") int status,
            @Bind("body") String body);

    @SqlQuery("select request, status, response::text as response from idempotency_keys "
            + "where caller_type = :type and caller_id = :id and key = :key")
    @RegisterConstructorMapper(Stored.class)
    Optional<Stored> find(@Bind("type") String callerType, @Bind("id") long callerId, @Bind("key") String key);
}

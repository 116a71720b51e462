package org.examdesk.admin.audit;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The audit_log table: one row per change, and the history of one target. */
interface AuditDao {
    /** One stored row, its states still as JSON text. */
    record Row(
            long id,
            String actorType,
            Long actorId,
            String actorName,
            String onBehalfOf,
            String channel,
            String action,
            String targetType,
            String targetId,
            String beforeState,
            String afterState,
            String requestId,
            Instant createdAt) {}

    @SqlUpdate(
            """
            insert into audit_log (actor_type, actor_id, actor_name, on_behalf_of, channel, action,
                                   target_type, target_id, before_state, after_state, request_id)
            values (:actorType, :actorId, :actorName, :onBehalfOf, :channel, :action, :targetType,
                    :targetId, cast(:before as jsonb), cast(:after as jsonb), :requestId)""")
    void insert(
            @Bind("actorType") String actorType,
            @Bind("actorId") Long actorId,
            @Bind("actorName") String actorName,
            @Bind("onBehalfOf") String onBehalfOf,
            @Bind("channel") String channel,
            @Bind("action") String action,
            @Bind("targetType") String targetType,
            @Bind("targetId") String targetId,
            @Bind("before") String before,
            @Bind("after") String after,
            @Bind("requestId") String requestId);

    /** The first 500 rows about one target, oldest first. */
    @SqlQuery(
            """
            select id, actor_type, actor_id, actor_name, on_behalf_of, channel, action, target_type, target_id,
                   before_state::text as before_state, after_state::text as after_state, request_id, created_at
              from audit_log where target_type = :type and target_id = :id order by id limit 500""")
    @RegisterConstructorMapper(Row.class)
    List<Row> history(@Bind("type") String targetType, @Bind("id") String targetId);
}

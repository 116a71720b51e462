package org.examdesk.admin.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.examdesk.admin.accounts.Actor;
import org.jdbi.v3.core.Handle;

/**
 * Writes one audit row per change, in the same transaction as the change: who (and on whose behalf), through
 * which channel, what action, on what target, before and after, when, and the request id.
 */
public final class AuditLog {
    private final ObjectMapper json;

    public AuditLog(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Records a change. {@code before} and {@code after} are written as JSON (null when there is no such side);
     * never pass secrets (passwords, tokens, codes) in them.
     */
    public void record(Handle handle, Actor actor, String action, String targetType, String targetId,
                       Object before, Object after) {
        handle.createUpdate("""
                        insert into audit_log (actor_type, actor_id, actor_name, on_behalf_of, channel, action,
                                               target_type, target_id, before_state, after_state, request_id)
                        values (:actorType, :actorId, :actorName, :onBehalfOf, :channel, :action, :targetType,
                                :targetId, cast(:before as jsonb), cast(:after as jsonb), :requestId)""")
                .bind("actorType", actor.caller().kind().name())
                .bind("actorId", actor.caller().id())
                .bind("actorName", actor.caller().name())
                .bind("onBehalfOf", actor.caller().onBehalfOf())
                .bind("channel", actor.caller().channel())
                .bind("action", action)
                .bind("targetType", targetType)
                .bind("targetId", targetId)
                .bind("before", write(before))
                .bind("after", write(after))
                .bind("requestId", actor.requestId())
                .execute();
    }

    /** One target of a bulk change and its state after it. */
    public record Target(String targetId, Object after) {
    }

    /** Records one audit row per target of a bulk change (an import, an export) in one batch. */
    public void recordAll(Handle handle, Actor actor, String action, String targetType, java.util.List<Target> targets) {
        org.jdbi.v3.core.statement.PreparedBatch batch = handle.prepareBatch("""
                insert into audit_log (actor_type, actor_id, actor_name, channel, action, target_type, target_id,
                                       after_state, request_id)
                values (:actorType, :actorId, :actorName, :channel, :action, :targetType, :targetId,
                        cast(:after as jsonb), :requestId)""");
        for (Target target : targets) {
            batch.bind("actorType", actor.caller().kind().name()).bind("actorId", actor.caller().id())
                    .bind("actorName", actor.caller().name()).bind("channel", actor.caller().channel())
                    .bind("action", action).bind("targetType", targetType).bind("targetId", target.targetId())
                    .bind("after", write(target.after())).bind("requestId", actor.requestId()).add();
        }
        if (!targets.isEmpty()) {
            batch.execute();
        }
    }

    private String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit state is not serialisable: " + value.getClass(), e);
        }
    }
}

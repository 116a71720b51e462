package org.examdesk.admin.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import org.examdesk.admin.db.Copy;
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
    public void record(
            Handle handle,
            Author actor,
            String action,
            String targetType,
            String targetId,
            Object before,
            Object after) {
        handle.attach(AuditDao.class)
                .insert(
                        actor.actorType(),
                        actor.actorId(),
                        actor.actorName(),
                        actor.onBehalfOf(),
                        actor.channel(),
                        action,
                        targetType,
                        targetId,
                        write(before),
                        write(after),
                        actor.requestId());
    }

    /** One target of a bulk change and its state after it. */
    public record Target(String targetId, Object after) {}

    /** Records one audit row per target of a bulk change (an import, an export), copied in at once. */
    public void recordAll(Handle handle, Author actor, String action, String targetType, List<Target> targets) {
        Copy.into(
                handle,
                "audit_log (actor_type, actor_id, actor_name, channel, action, "
                        + "target_type, target_id, after_state, request_id)",
                targets,
                target -> Arrays.asList(
                        actor.actorType(),
                        actor.actorId(),
                        actor.actorName(),
                        actor.channel(),
                        action,
                        targetType,
                        target.targetId(),
                        write(target.after()),
                        actor.requestId()));
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

package org.examdesk.admin.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.examdesk.admin.accounts.Access;
import org.examdesk.admin.accounts.AuthHandler;
import org.examdesk.admin.accounts.Caller;
import org.examdesk.admin.accounts.CentreScope;
import org.examdesk.admin.web.ApiException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code GET /api/v1/audit?targetType=&targetId=}: the history of one target, oldest first. Board administrators
 * see every target; a centre's student administrators see targets of their centre (students, imports); anyone
 * else gets 404, as for a target that does not exist.
 */
public final class AuditController {
    /** How to find the centre a target belongs to, per target type. */
    private static final Map<String, String> CENTRE_OF = Map.of(
            "student", "select centre_id from students where id = cast(:id as bigint)",
            "student_import", "select centre_id from student_imports where id = cast(:id as uuid)");

    record Entry(long id, String actorType, Long actorId, String actorName, String onBehalfOf, String channel,
                 String action, String targetType, String targetId, JsonNode before, JsonNode after, String requestId,
                 Instant at) {
    }

    private final Jdbi jdbi;
    private final ObjectMapper json;

    public AuditController(Jdbi jdbi, ObjectMapper json) {
        this.jdbi = jdbi;
        this.json = json;
    }

    public void history(Context ctx) {
        String type = ctx.queryParam("targetType");
        String id = ctx.queryParam("targetId");
        List<String> missing = new ArrayList<>();
        if (type == null || type.isBlank()) {
            missing.add("targetType");
        }
        if (id == null || id.isBlank()) {
            missing.add("targetId");
        }
        if (!missing.isEmpty()) {
            throw ApiException.invalid("Name the target: targetType (such as student) and targetId.", missing);
        }
        Caller caller = AuthHandler.require(ctx);
        ctx.json(Map.of("items", jdbi.withHandle(h -> {
            if (!Access.BOARD_ADMIN.admits(caller) && !centreOf(h, type, id)
                    .map(centre -> CentreScope.administersStudentsOf(caller, centre)).orElse(false)) {
                throw ApiException.notFound("There is no " + type + " " + id + " at your centre.");
            }
            return entries(h, type, id);
        })));
    }

    private static Optional<Long> centreOf(Handle h, String type, String id) {
        String sql = CENTRE_OF.get(type);
        if (sql == null || !id.matches("[0-9a-fA-F-]{1,36}")) {
            return Optional.empty();
        }
        try {
            return h.createQuery(sql).bind("id", id).mapTo(Long.class).findOne();
        } catch (RuntimeException e) {
            return Optional.empty(); // an id of the wrong form for its type: treated as not found
        }
    }

    private List<Entry> entries(Handle h, String type, String id) {
        return h.createQuery("""
                        select id, actor_type, actor_id, actor_name, on_behalf_of, channel, action, target_type, target_id,
                               before_state::text, after_state::text, request_id, created_at
                          from audit_log where target_type = :type and target_id = :id order by id limit 500""")
                .bind("type", type).bind("id", id)
                .map((rs, c) -> new Entry(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        tree(rs.getString(10)), tree(rs.getString(11)), rs.getString(12),
                        rs.getObject(13, OffsetDateTime.class).toInstant()))
                .list();
    }

    private JsonNode tree(String text) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("audit_log holds invalid JSON", e);
        }
    }
}

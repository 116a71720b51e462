package org.examdesk.admin.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.examdesk.admin.web.ApiException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code GET /api/v1/audit?targetType=&targetId=}: the history of one target, oldest first. Board administrators
 * see every target; a centre's student administrators see targets of their centre (students, imports); anyone
 * else gets 404, as for a target that does not exist. Who may see what is {@link HistoryAccess}'s rule.
 */
public final class AuditController {
    record Entry(
            long id,
            String actorType,
            Long actorId,
            String actorName,
            String onBehalfOf,
            String channel,
            String action,
            String targetType,
            String targetId,
            JsonNode before,
            JsonNode after,
            String requestId,
            Instant at) {}

    private final Jdbi jdbi;
    private final ObjectMapper json;
    private final HistoryAccess access;
    /** How to find the centre a target belongs to, per target type. */
    private final Map<String, TargetCentre> centreOf;

    public AuditController(Jdbi jdbi, ObjectMapper json, HistoryAccess access, Map<String, TargetCentre> centreOf) {
        this.jdbi = jdbi;
        this.json = json;
        this.access = access;
        this.centreOf = Map.copyOf(centreOf);
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
        HistoryAccess.Reader reader = access.reader(ctx);
        ctx.json(Map.of("items", jdbi.withHandle(h -> {
            if (!reader.seesEveryTarget()
                    && !centreOf(h, type, id).map(reader::seesCentre).orElse(false)) {
                throw ApiException.notFound("There is no " + type + " " + id + " at your centre.");
            }
            return h.attach(AuditDao.class).history(type, id).stream()
                    .map(this::entry)
                    .toList();
        })));
    }

    private Optional<Long> centreOf(Handle h, String type, String id) {
        TargetCentre lookup = centreOf.get(type);
        if (lookup == null || !id.matches("[0-9a-fA-F-]{1,36}")) {
            return Optional.empty();
        }
        try {
            return lookup.of(h, id);
        } catch (RuntimeException e) {
            return Optional.empty(); // an id of the wrong form for its type: treated as not found
        }
    }

    private Entry entry(AuditDao.Row r) {
        return new Entry(
                r.id(),
                r.actorType(),
                r.actorId(),
                r.actorName(),
                r.onBehalfOf(),
                r.channel(),
                r.action(),
                r.targetType(),
                r.targetId(),
                tree(r.beforeState()),
                tree(r.afterState()),
                r.requestId(),
                r.createdAt());
    }

    private JsonNode tree(String text) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit_log holds invalid JSON", e);
        }
    }
}

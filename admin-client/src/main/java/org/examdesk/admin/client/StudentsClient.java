package org.examdesk.admin.client;

import com.fasterxml.jackson.core.type.TypeReference;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.examdesk.admin.client.StudentModels.AuditEntry;
import org.examdesk.admin.client.StudentModels.Changed;
import org.examdesk.admin.client.StudentModels.NameMatches;
import org.examdesk.admin.client.StudentModels.StudentDetail;
import org.examdesk.admin.client.StudentModels.StudentPage;

/**
 * Student results accounts as staff use them: search, the name match, one student with its diagnosis, and the
 * actions. Every change takes an idempotency key (null for none) so the bot can retry safely after a timeout.
 */
public final class StudentsClient {
    private final AdminClient.Caller caller;

    public StudentsClient(AdminClient.Caller caller) {
        this.caller = caller;
    }

    /** Filters by name as in the API (forename, surname, uci, email, dob, schoolYear, status, ...). */
    public StudentPage search(Map<String, String> filters) {
        String query = filters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return caller.send("GET", "/api/v1/students" + (query.isEmpty() ? "" : "?" + query), null, StudentPage.class);
    }

    /** The students that {@code words} (a name, perhaps with other words around it) may name, at most 8. */
    public NameMatches match(String words) {
        return caller.send(
                "GET",
                "/api/v1/students/match?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8),
                null,
                NameMatches.class);
    }

    /** The same, at most {@code limit} (1 to 20). */
    public NameMatches match(String words, int limit) {
        return caller.send(
                "GET",
                "/api/v1/students/match?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8) + "&limit=" + limit,
                null,
                NameMatches.class);
    }

    public StudentDetail get(long id) {
        return caller.send("GET", "/api/v1/students/" + id, null, StudentDetail.class);
    }

    public Changed changeEmail(long id, String email, String idempotencyKey) {
        return caller.send(
                "PUT", "/api/v1/students/" + id + "/email", Map.of("email", email), key(idempotencyKey), Changed.class);
    }

    public Changed reactivate(long id, String idempotencyKey) {
        return caller.send("POST", "/api/v1/students/" + id + "/reactivate", null, key(idempotencyKey), Changed.class);
    }

    /** Sets results access; {@code reason} (SECURITY_BREACH, SUSPECTED_MISUSE, WELFARE_CONCERN) when removing. */
    public Changed setPermissions(long id, boolean mock, boolean highStakes, String reason, String idempotencyKey) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mock", mock);
        body.put("highStakes", highStakes);
        if (reason != null) {
            body.put("reason", reason);
        }
        return caller.send("PUT", "/api/v1/students/" + id + "/permissions", body, key(idempotencyKey), Changed.class);
    }

    /** The audit history of a student. */
    public List<AuditEntry> history(long id) {
        Map<String, List<AuditEntry>> answer = caller.send(
                "GET",
                "/api/v1/audit?targetType=student&targetId=" + id,
                null,
                new TypeReference<Map<String, List<AuditEntry>>>() {});
        return answer.get("items");
    }

    static Map<String, String> key(String idempotencyKey) {
        Map<String, String> headers = new HashMap<>();
        if (idempotencyKey != null) {
            headers.put("Idempotency-Key", idempotencyKey);
        }
        return headers;
    }
}

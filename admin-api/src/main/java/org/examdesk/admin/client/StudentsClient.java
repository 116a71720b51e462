package org.examdesk.admin.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Student results accounts through the admin API, as the caller it was built with. */
public final class StudentsClient {
    public record Permissions(boolean mock, boolean highStakes) {
    }

    public record Student(long id, ClientModels.Centre centre, String forename, String surname, String uci,
                          String email, LocalDate dateOfBirth, Integer schoolYear, String status,
                          Permissions permissions) {
        public String name() {
            return forename + " " + surname;
        }
    }

    public record Fix(String action, String text) {
    }

    public record Warning(String code, String text) {
    }

    public record Diagnosis(String status, String meaning, List<String> checks, List<Fix> fixes,
                            List<Warning> warnings) {
        public boolean offers(String action) {
            return fixes != null && fixes.stream().anyMatch(f -> f.action().equals(action));
        }
    }

    public record Detail(Student student, Diagnosis diagnosis) {
    }

    public record Page(List<Student> items, long total) {
    }

    /** A change's outcome: the student afterwards, what happened in words, and any warning to show. */
    public record Changed(Student student, String message, String warning) {
    }

    private final AdminClient.Caller caller;

    public StudentsClient(AdminClient.Caller caller) {
        this.caller = caller;
    }

    /** Searches the caller's centre; filters use the names of {@code GET /api/v1/students}. */
    public Page search(Map<String, String> filters) {
        String query = filters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return caller.send("GET", "/api/v1/students" + (query.isEmpty() ? "" : "?" + query), null, Page.class);
    }

    public Detail get(long id) {
        return caller.send("GET", "/api/v1/students/" + id, null, Detail.class);
    }

    public Changed changeEmail(long id, String email) {
        return caller.send("PUT", "/api/v1/students/" + id + "/email", Map.of("email", email), Changed.class);
    }

    public Changed reactivate(long id) {
        return caller.send("POST", "/api/v1/students/" + id + "/reactivate", null, Changed.class);
    }

    public Changed setPermissions(long id, boolean mock, boolean highStakes, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mock", mock);
        body.put("highStakes", highStakes);
        body.put("reason", reason);
        return caller.send("PUT", "/api/v1/students/" + id + "/permissions", body, Changed.class);
    }
}

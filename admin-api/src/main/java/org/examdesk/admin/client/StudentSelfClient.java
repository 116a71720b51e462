package org.examdesk.admin.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;

/** The student side of a results account: the identity check and the student's own account only. */
public final class StudentSelfClient {
    /** A student session for exactly one account. */
    public record StudentSession(String token, String name) {
    }

    /** The student's own account, in plain words. */
    public record OwnAccount(String forename, String status, String meaning, String email) {
    }

    private final AdminClient.Caller caller;

    public StudentSelfClient(AdminClient.Caller caller) {
        this.caller = caller;
    }

    public StudentSession identityCheck(String email, LocalDate dateOfBirth, String uci) {
        JsonNode answer = caller.send("POST", "/api/v1/student-auth/identity-check",
                Map.of("email", email, "dateOfBirth", dateOfBirth.toString(), "uci", uci), JsonNode.class);
        JsonNode student = answer.has("student") ? answer.get("student") : answer.path("user");
        String name = student.has("forename") ? student.get("forename").asText() : student.path("name").asText("");
        return new StudentSession(answer.get("token").asText(), name);
    }

    public OwnAccount account() {
        JsonNode answer = caller.send("GET", "/api/v1/me/student", null, JsonNode.class);
        JsonNode student = answer.has("student") ? answer.get("student") : answer;
        String meaning = answer.path("meaning").asText(answer.path("diagnosis").path("meaning").asText(""));
        return new OwnAccount(student.path("forename").asText(""), student.path("status").asText(),
                meaning, student.path("email").asText(""));
    }

    public void resendEmail() {
        caller.send("POST", "/api/v1/me/student/resend-email", null, Void.class);
    }
}

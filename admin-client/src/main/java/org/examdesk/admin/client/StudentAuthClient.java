package org.examdesk.admin.client;

import com.fasterxml.jackson.core.type.TypeReference;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.examdesk.admin.client.StudentModels.OutboxEmail;
import org.examdesk.admin.client.StudentModels.Resent;
import org.examdesk.admin.client.StudentModels.Sent;
import org.examdesk.admin.client.StudentModels.StudentSelf;
import org.examdesk.admin.client.StudentModels.StudentSession;

/**
 * The student side: activation, sign-in, forgotten password, the bot's identity check (as the bot's service
 * caller), a signed-in student's own account, and the outbox for board administrators.
 */
public final class StudentAuthClient {
    private final AdminClient.Caller caller;

    public StudentAuthClient(AdminClient.Caller caller) {
        this.caller = caller;
    }

    public StudentSession activate(String code, String dateOfBirth, String password, String email) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("dateOfBirth", dateOfBirth);
        body.put("password", password);
        if (email != null) {
            body.put("email", email);
        }
        return caller.send("POST", "/api/v1/student-auth/activate", body, StudentSession.class);
    }

    public StudentSession login(String email, String password) {
        return caller.send(
                "POST",
                "/api/v1/student-auth/login",
                Map.of("email", email, "password", password),
                StudentSession.class);
    }

    /**
     * Asks for a forgotten-password link to be emailed; the answer's sentence is the same whether or not an account
     * uses the address.
     */
    public Sent requestPasswordReset(String email) {
        return caller.send("POST", "/api/v1/student-auth/password-resets", Map.of("email", email), Sent.class);
    }

    /** Chooses a new password with the token of an emailed link and the date of birth. */
    public StudentSession resetPassword(String token, String dateOfBirth, String newPassword) {
        return caller.send(
                "POST",
                "/api/v1/student-auth/forgotten-password",
                Map.of("token", token, "dateOfBirth", dateOfBirth, "newPassword", newPassword),
                StudentSession.class);
    }

    /** For the bot's service caller: confirms who a student is and opens a session on their account only. */
    public StudentSession identityCheck(String email, String dateOfBirth, String uci) {
        return caller.send(
                "POST",
                "/api/v1/student-auth/identity-check",
                Map.of("email", email, "dateOfBirth", dateOfBirth, "uci", uci),
                StudentSession.class);
    }

    /** For a student caller: their own account. */
    public StudentSelf me() {
        return caller.send("GET", "/api/v1/me/student", null, StudentSelf.class);
    }

    /** For a student caller: the welcome email again. */
    public Resent resendEmail(String idempotencyKey) {
        return caller.send(
                "POST", "/api/v1/me/student/resend-email", null, StudentsClient.key(idempotencyKey), Resent.class);
    }

    /** For a board administrator: the emails queued for one address. */
    public List<OutboxEmail> outbox(String to) {
        Map<String, List<OutboxEmail>> answer = caller.send(
                "GET",
                "/api/v1/outbox?to=" + URLEncoder.encode(to, StandardCharsets.UTF_8),
                null,
                new TypeReference<Map<String, List<OutboxEmail>>>() {});
        return answer.get("items");
    }
}

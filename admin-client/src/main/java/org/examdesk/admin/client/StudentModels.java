package org.examdesk.admin.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The records of the student-accounts endpoints, as the typed clients read them. */
public final class StudentModels {
    private StudentModels() {}

    public record Permissions(boolean mock, boolean highStakes) {}

    public record Failures(int activation, int login, int forgottenPassword) {}

    public record Student(
            long id,
            ClientModels.Centre centre,
            String forename,
            String surname,
            String uci,
            String email,
            LocalDate dateOfBirth,
            Integer schoolYear,
            String status,
            Permissions permissions,
            Failures failures,
            Instant createdAt,
            String createdBy) {}

    public record StudentPage(List<Student> items, long total) {}

    /**
     * A student some words may name: {@code matched} is FULL_NAME, SURNAME or FORENAME, {@code exact} false when a
     * name was one edit away, {@code words} the query's words (lower-cased) that matched.
     */
    public record NameMatch(Student student, String matched, boolean exact, List<String> words) {}

    /** The students of the best tier present; when there are none, up to 3 names most like the words. */
    public record NameMatches(List<NameMatch> items, List<String> closest) {}

    public record Fix(String action, String text, String method, String path) {}

    public record Warning(String code, String text) {}

    public record Diagnosis(
            String status, String meaning, List<String> checks, List<Fix> fixes, List<Warning> warnings) {
        public boolean offers(String action) {
            return fixes != null && fixes.stream().anyMatch(f -> f.action().equals(action));
        }
    }

    public record StudentDetail(Student student, Diagnosis diagnosis) {}

    /** The answer to a staff action: the student after it, a sentence, and a warning (permissions removed). */
    public record Changed(Student student, String message, String warning) {}

    public record Step(String action, String text) {}

    /** A student's own view of their account. */
    public record StudentSelf(
            long id,
            String forename,
            String surname,
            String email,
            String centre,
            String status,
            String meaning,
            List<Step> canDo) {}

    public record StudentSession(String token, StudentSelf student) {}

    public record Resent(String message, StudentSelf student) {}

    /** A request whose answer is one sentence, the same whoever asked (a forgotten-password link). */
    public record Sent(String message) {}

    public record RejectedRow(int row, Map<String, String> values, List<String> errors) {}

    public record ImportResult(UUID importId, int accepted, List<RejectedRow> rejected, String rejectedCsvUrl) {}

    public record AuditEntry(
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

    public record OutboxEmail(
            long id,
            String recipient,
            String subject,
            String body,
            Instant createdAt,
            Instant sentAt,
            int attempts,
            String lastError) {}
}

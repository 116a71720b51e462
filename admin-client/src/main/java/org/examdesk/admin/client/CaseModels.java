package org.examdesk.admin.client;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The records {@link CasesClient} reads and writes. */
public final class CaseModels {
    private CaseModels() {}

    public record Choice(String value, String label) {}

    public record Category(String value, String label, List<Choice> subcategories) {}

    public record IssueType(String value, String label, List<Category> categories) {}

    public record CustomerType(String value, String label, boolean chat, List<IssueType> issueTypes) {}

    public record Qualification(String value, String label, List<Choice> subjects) {}

    public record Taxonomy(List<CustomerType> customerTypes, List<Qualification> qualifications) {}

    /** Who to reply to; every detail is required to open a case (the contact form, seed 004). */
    public record Contact(
            String name, String email, String phone, String country, String language, String institution) {}

    /** The contact details to pre-fill (from the previous case, else the profile); any may be null. */
    public record ContactDefaults(
            String name,
            String email,
            String phone,
            String country,
            String language,
            String institution,
            String source) {}

    /**
     * A new case. {@code contact} may be null to use the requester's defaults (refused when they are incomplete);
     * {@code conversationId} attaches the transcript.
     */
    public record NewCase(
            String customerType,
            String issueType,
            String category,
            String subcategory,
            String qualification,
            String qualificationSubject,
            String subject,
            String description,
            String supportOption,
            Contact contact,
            UUID conversationId) {}

    /** The answer to opening a case; {@code message} is what to tell the requester (e.g. the 48-hour aim). */
    public record Opened(
            String number, String status, Instant dueAt, String queue, String queueLabel, String message) {}

    public record Activity(String kind, String actor, String body, Instant at) {}

    public record Attachment(
            long id, String fileName, String contentType, long size, String sha256, String uploadedBy, Instant at) {}

    public record CaseDetails(
            String number,
            String status,
            String subject,
            String description,
            String customerType,
            String issueType,
            String category,
            String categoryLabel,
            String subcategory,
            String qualification,
            String qualificationSubject,
            String supportOption,
            String queue,
            String queueLabel,
            String assignedAgent,
            Contact contact,
            int targetDays,
            Instant dueAt,
            boolean targetMissed,
            Instant firstResponseAt,
            UUID conversationId,
            Instant createdAt,
            Instant updatedAt,
            Instant resolvedAt,
            Instant closedAt,
            List<Activity> activity,
            List<Attachment> attachments) {
        /** The latest entry of the history, for "case 12345678" answers. */
        public Activity latest() {
            return activity == null || activity.isEmpty() ? null : activity.get(activity.size() - 1);
        }
    }

    public record CaseSummary(
            String number,
            String subject,
            String status,
            String category,
            String categoryLabel,
            String queue,
            String assignedAgent,
            Instant dueAt,
            boolean targetMissed,
            Instant firstResponseAt,
            Instant createdAt,
            Instant updatedAt,
            Instant closedAt) {}

    public record CasePage(List<CaseSummary> items, int page, int size, long total, Instant now) {}
}

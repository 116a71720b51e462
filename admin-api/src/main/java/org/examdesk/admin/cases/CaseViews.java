package org.examdesk.admin.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The records the cases API answers with. */
public final class CaseViews {
    private CaseViews() {}

    public record Created(
            String number, String status, Instant dueAt, String queue, String queueLabel, String message) {}

    public record Contact(
            String name, String email, String phone, String country, String language, String institution) {}

    /** The contact details to pre-fill, where they come from ("previous-case", "profile" or "none"). */
    public record ContactDefaults(
            String name,
            String email,
            String phone,
            String country,
            String language,
            String institution,
            String source) {}

    public record Activity(String kind, String actor, String body, Instant at) {}

    public record Attachment(
            long id, String fileName, String contentType, long size, String sha256, String uploadedBy, Instant at) {}

    public record Details(
            String number,
            String status,
            String subject,
            String description,
            String customerType,
            String issueType,
            String category,
            String categoryLabel,
            String subcategory,
            String subcategoryLabel,
            String qualification,
            String qualificationLabel,
            String qualificationSubject,
            String qualificationSubjectLabel,
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
            List<Attachment> attachments) {}

    public record Summary(
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

    public record Page<T>(List<T> items, int page, int size, long total, Instant now) {}

    /**
     * A page of the agent queue: as {@link Page} ({@code total} counts up to 1,001), with {@code next}, the opaque
     * cursor to ask for the page after this one with {@code after=} (null on the last page).
     */
    public record QueuePage(List<Summary> items, int page, int size, long total, Instant now, String next) {}
}

package org.examdesk.admin.cases;

import java.util.UUID;

/** The body of {@code POST /api/v1/cases}. {@code contact} may be left out to use the requester's defaults. */
public record CaseRequest(
        String customerType,
        String issueType,
        String category,
        String subcategory,
        String qualification,
        String qualificationSubject,
        String subject,
        String description,
        String supportOption,
        ContactRequest contact,
        UUID conversationId) {

    /** Who to reply to: every field is required (seed 004), except that a missing contact uses the defaults. */
    public record ContactRequest(
            String name, String email, String phone, String country, String language, String institution) {}

    /** The checked, trimmed fields of a new case. */
    public record Fields(
            String customerType,
            String issueType,
            String category,
            String subcategory,
            String qualification,
            String qualificationSubject,
            String subject,
            String description) {}
}

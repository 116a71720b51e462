package org.examdesk.admin.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * One case as stored. The assigned agent is an id; {@link AgentNames} reads the name through the accounts feature.
 * Public only because Jdbi's row mappers need it.
 */
public record CaseRow(
        long id,
        String number,
        Long requesterUserId,
        Long requesterStudentId,
        Long requesterCentreId,
        String contactName,
        String contactEmail,
        String contactPhone,
        String contactCountry,
        String contactLanguage,
        String contactInstitution,
        String customerType,
        String issueType,
        String category,
        String subcategory,
        String qualification,
        String qualificationSubject,
        String subject,
        String description,
        String supportOption,
        String status,
        String queue,
        Long assignedAgentId,
        int targetDays,
        Instant dueAt,
        Instant firstResponseAt,
        Instant targetMissedAt,
        Instant callLoggedAt,
        UUID conversationId,
        Instant createdAt,
        Instant updatedAt,
        Instant resolvedAt,
        Instant closedAt) {

    public boolean isOpen() {
        return CaseStatus.valueOf(status).isOpen();
    }
}

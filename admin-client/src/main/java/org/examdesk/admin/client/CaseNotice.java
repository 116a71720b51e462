package org.examdesk.admin.client;

import java.time.Instant;
import java.util.UUID;

/**
 * One thing that happened to a case, for {@link CaseListener}: the case (number, subject, queue, due time, status
 * afterwards), who asked (a staff user id, a student id, or neither for an anonymous contact, and the contact's
 * name), the conversation the case came from (may be null), the agent it is assigned to (null while unclaimed),
 * who acted and through which channel ({@code web}, {@code slack}, ...), and the text: the description, reply,
 * comment or note (may be null).
 */
public record CaseNotice(
        String number,
        String subject,
        String queue,
        Instant dueAt,
        String status,
        Long requesterUserId,
        Long requesterStudentId,
        String requesterName,
        UUID conversationId,
        String assignedAgent,
        String actorName,
        String channel,
        String text) {}

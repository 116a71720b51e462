package org.examdesk.admin.cases;

import java.util.UUID;

/**
 * One agent action on a case, for {@link CaseEvents}: the case, who asked (a staff user id, a student id, or
 * neither for an anonymous contact), the conversation the case came from (may be null), the agent, the text of
 * the reply (null for a status change) and the case's status afterwards.
 */
public record CaseNotice(String number, Long requesterUserId, Long requesterStudentId, UUID conversationId,
                         String agentName, String text, String status) {
}

package org.examdesk.admin.conversations;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/** A conversation's owner and the state of its guided flow. */
public record ConversationView(UUID id, String channel, Long userId, Long studentId, JsonNode state, int version) {}

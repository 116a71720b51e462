package org.examdesk.admin.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The records the typed client reads and writes. */
public final class ClientModels {
    private ClientModels() {}

    public record Centre(long id, String number, String name) {}

    public record User(long id, String name, String kind, List<String> roles, Centre centre) {
        public boolean hasRole(String role) {
            return roles != null && roles.contains(role);
        }
    }

    public record Session(String token, User user) {}

    public record Conversation(UUID id, String channel, Long userId, Long studentId, JsonNode state, int version) {}

    /** One message of a transcript; {@code clientMessageId} is the page's id for it (null if it gave none). */
    public record TranscriptEntry(String author, JsonNode body, Instant at, String clientMessageId) {}
}

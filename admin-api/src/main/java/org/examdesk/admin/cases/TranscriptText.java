package org.examdesk.admin.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.examdesk.admin.conversations.ConversationDao;
import org.jdbi.v3.core.Handle;

/**
 * A conversation's transcript as plain text, one line per thing said, read from {@code conversation_messages}:
 * what the person typed or pressed, and what the bot (or an agent) answered.
 */
final class TranscriptText {
    record Message(String author, String body, Instant createdAt) {}

    private final ObjectMapper json;

    TranscriptText(ObjectMapper json) {
        this.json = json;
    }

    static List<Message> read(Handle h, UUID conversationId) {
        return h.attach(ConversationDao.class).messages(conversationId, null).stream()
                .map(m -> new Message(m.author(), m.body(), m.createdAt()))
                .toList();
    }

    String render(List<Message> messages) {
        StringBuilder out = new StringBuilder();
        for (Message m : messages) {
            String who =
                    switch (m.author()) {
                        case "USER" -> "You";
                        case "AGENT" -> "Agent";
                        default -> "ExamDesk";
                    };
            for (String line : lines(m.body())) {
                out.append('[')
                        .append(m.createdAt())
                        .append("] ")
                        .append(who)
                        .append(": ")
                        .append(line)
                        .append('\n');
            }
        }
        return out.toString();
    }

    /** The readable lines of one stored message body. */
    List<String> lines(String body) {
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (IOException e) {
            return List.of(body);
        }
        if (node.hasNonNull("text")) {
            return List.of(node.get("text").asText());
        }
        if (node.hasNonNull("action") && node.path("values").size() > 0) {
            ArrayList<String> lines = new ArrayList<>(List.of("(sent a form)"));
            node.get("values")
                    .fields()
                    .forEachRemaining(
                            f -> lines.add(f.getKey() + ": " + f.getValue().asText()));
            return lines;
        }
        if (node.hasNonNull("action")) {
            return List.of("(pressed " + node.get("action").asText() + ")");
        }
        if (node.has("replies")) {
            ArrayList<String> lines = new ArrayList<>();
            node.get("replies").forEach(reply -> lines.add(reply(reply)));
            return lines;
        }
        return List.of(node.toString());
    }

    private static String reply(JsonNode reply) {
        return switch (reply.path("type").asText()) {
            case "text" -> reply.path("text").asText();
            case "article" -> "Article: " + reply.path("title").asText() + " ("
                    + reply.path("url").asText() + ")";
            case "choices" -> reply.path("prompt").asText();
            case "confirm" -> reply.path("summary").asText();
            case "case" -> "Case " + reply.path("number").asText() + " ("
                    + reply.path("status").asText() + ")";
            case "form" -> reply.path("prompt").asText() + " (a form)";
            case "picks" -> reply.path("prompt").asText() + " (a list to tick: "
                    + String.join(", ", reply.path("options").findValuesAsText("label")) + ")";
            case "table" -> reply.path("title").asText() + " (a table)";
            case "files" -> reply.path("title").asText() + " ("
                    + reply.path("files").size() + " files)";
            default -> reply.toString();
        };
    }
}

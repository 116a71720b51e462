package org.examdesk.admin.conversations;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.examdesk.admin.web.ApiException;

/** {@code /api/v1/conversations}: used by the bot with its service token. */
public final class ConversationsController {
    record CreateRequest(String channel, Long userId, Long studentId) {}

    /** The state to save; {@code botMessage} (with the {@code clientMessageId} it answers) ends a turn in one call. */
    record StateRequest(JsonNode state, Integer version, JsonNode botMessage, String clientMessageId) {}

    record MessageRequest(String author, JsonNode body, String clientMessageId) {}

    /** Whose turn it is (staff user, student, or neither for a visitor) and the message that starts it. */
    record TurnRequest(Long userId, Long studentId, JsonNode message, String clientMessageId) {}

    private final ConversationService conversations;

    public ConversationsController(ConversationService conversations) {
        this.conversations = conversations;
    }

    public void create(Context ctx) {
        CreateRequest request = ctx.bodyAsClass(CreateRequest.class);
        ctx.status(201).json(conversations.create(request.channel(), request.userId(), request.studentId()));
    }

    public void get(Context ctx) {
        ctx.json(conversations.find(id(ctx)));
    }

    public void saveState(Context ctx) {
        StateRequest request = ctx.bodyAsClass(StateRequest.class);
        if (request.version() == null) {
            throw ApiException.invalid("Give the version you read.", List.of("version"));
        }
        ctx.json(Map.of(
                "version",
                conversations.saveState(
                        id(ctx), request.state(), request.version(), request.botMessage(), request.clientMessageId())));
    }

    public void claim(Context ctx) {
        CreateRequest request = ctx.bodyAsClass(CreateRequest.class);
        ctx.json(conversations.claim(id(ctx), request.userId(), request.studentId()));
    }

    public void append(Context ctx) {
        MessageRequest request = ctx.bodyAsClass(MessageRequest.class);
        conversations.append(id(ctx), request.author(), request.body(), request.clientMessageId());
        ctx.status(204);
    }

    public void beginTurn(Context ctx) {
        TurnRequest request = ctx.bodyAsClass(TurnRequest.class);
        ctx.json(conversations.beginTurn(
                id(ctx), request.userId(), request.studentId(), request.message(), request.clientMessageId()));
    }

    public void transcript(Context ctx) {
        ctx.json(Map.of("items", conversations.transcript(id(ctx), ctx.queryParam("clientMessageId"))));
    }

    private static UUID id(Context ctx) {
        try {
            return UUID.fromString(ctx.pathParam("id"));
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("There is no such conversation.");
        }
    }
}

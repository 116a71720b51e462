package org.examdesk.bot.channels.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.examdesk.bot.engine.ChatService;
import org.examdesk.bot.engine.Inbound;
import org.examdesk.bot.engine.Replies;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.platform.RequestException;

/** The HTTP channel, {@code /bot/v1/conversations}, for integrations (a school portal, Teams, tests). */
public final class HttpChannelController {
    private static final String CHANNEL = "api";

    record MessageRequest(String text, String action, Map<String, String> values) {}

    private final ChatService chat;
    private final ApiHeaders headers;
    private final Executor turns;

    /** Turns run on {@code turns}, not on the server's threads: they call the admin API on this same server. */
    public HttpChannelController(ChatService chat, ApiHeaders headers, Executor turns) {
        this.chat = chat;
        this.headers = headers;
        this.turns = turns;
    }

    public void start(Context ctx) {
        Speaker speaker = chat.speaker(headers.bearer(ctx).orElse(null), CHANNEL);
        ctx.status(201).json(Map.of("id", chat.start(speaker, CHANNEL)));
    }

    /** A message; with an {@code Idempotency-Key}, a retry of it gets the first answer and runs no second turn. */
    public void message(Context ctx) {
        UUID id = conversationId(ctx);
        Speaker speaker = chat.speaker(headers.bearer(ctx).orElse(null), CHANNEL);
        Inbound inbound = validate(ctx.bodyAsClass(MessageRequest.class));
        String messageId = headers.idempotencyKey(ctx);
        ctx.future(() -> CompletableFuture.supplyAsync(
                        () -> new Replies(chat.turn(id, speaker, inbound, CHANNEL, messageId)), turns)
                .thenAccept(ctx::json));
    }

    static Inbound validate(MessageRequest request) {
        boolean hasText = request != null && request.text() != null;
        boolean hasAction = request != null && request.action() != null;
        if (hasText == hasAction) {
            throw RequestException.invalid(
                    "Send either text or action, not both and not neither.", List.of("text", "action"));
        }
        if (hasText && request.text().length() > Inbound.MAX_TEXT) {
            throw RequestException.invalid(
                    "Messages are limited to " + Inbound.MAX_TEXT + " characters.", List.of("text"));
        }
        if (hasAction && request.action().length() > 200) {
            throw RequestException.invalid("That button value is not one I gave.", List.of("action"));
        }
        String formProblem = Inbound.valuesProblem(request.values());
        if (formProblem != null
                || (hasText && request.values() != null && !request.values().isEmpty())) {
            throw RequestException.invalid(
                    formProblem != null ? formProblem : "Form values go with a form's button (action), not with text.",
                    List.of("values"));
        }
        return hasText ? Inbound.text(request.text()) : Inbound.form(request.action(), request.values());
    }

    static UUID conversationId(Context ctx) {
        try {
            return UUID.fromString(ctx.pathParam("id"));
        } catch (IllegalArgumentException e) {
            throw RequestException.notFound("There is no such conversation.");
        }
    }
}

package org.examdesk.bot.engine;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.ClientModels.TranscriptEntry;

/**
 * Answers a message that a page sent again (same message id) after its connection dropped: with the replies
 * stored for the first copy. When the first copy is still being handled, here or on another node, it waits for
 * them, reading the transcript with a growing pause and for a bounded time; the transcript in the database is the
 * one place every node can see.
 */
final class Resends {
    static final String STILL_WORKING = "I'm still working on that message from before the connection dropped. "
            + "If no answer appears in a moment, please send it again.";
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final long FIRST_PAUSE_MS = 25;
    private static final long LONGEST_PAUSE_MS = 400;

    private final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    List<Reply> answerTo(AdminClient.Caller service, UUID conversationId, String messageId) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        long pause = FIRST_PAUSE_MS;
        while (true) {
            Optional<JsonNode> stored = service.transcript(conversationId, messageId).stream()
                    .filter(entry -> "BOT".equals(entry.author()))
                    .map(TranscriptEntry::body)
                    .findFirst();
            if (stored.isPresent()) {
                return json.convertValue(stored.get(), Replies.class).replies();
            }
            if (System.nanoTime() + pause * 1_000_000 > deadline || !pause(pause)) {
                return List.of(new Reply.Text(STILL_WORKING));
            }
            pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
        }
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

package org.examdesk.admin.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.examdesk.admin.conversations.ConversationDao;
import org.jdbi.v3.core.Handle;

/** Demo chats in which the bot had no article, so the "questions the bot could not answer" report has data. */
final class UnansweredChats {
    private static final List<String> QUESTIONS = List.of(
            "How do I change the centre contact phone number?",
            "how do i change the centre contact phone number",
            "Change centre phone number",
            "Can parents see results on the results website?",
            "can a parent see their child's results",
            "What is the fee for a late entry?",
            "late entry fee?",
            "How much are late entry fees",
            "Can I move a candidate to another centre?",
            "transfer candidate to another centre",
            "Where is the seating plan template?",
            "Do you have a seating plan template");
    private static final String NO_ARTICLE =
            "{\"replies\":[{\"type\":\"text\",\"text\":\"I'm not sure I have an article that "
                    + "answers that.\"},{\"type\":\"choices\",\"prompt\":\"Would you like to try other words, or ask a person?\","
                    + "\"options\":[{\"label\":\"Rephrase my question\",\"value\":\"rephrase\"},{\"label\":\"Open a case\",\"value\":\"open_case\"}]}]}";

    private final Handle h;

    UnansweredChats(Handle h) {
        this.h = h;
    }

    void seed(Random random, Instant now) {
        for (int i = 0; i < 45; i++) {
            UUID id = new UUID(20_260_601L, i);
            Instant at = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 28)));
            h.attach(ConversationDao.class).insertWebAt(id, at);
            String question = QUESTIONS.get(random.nextInt(QUESTIONS.size()));
            message(id, "USER", "{\"text\":" + quote(question) + ",\"action\":null}", at);
            message(id, "BOT", NO_ARTICLE, at.plusSeconds(1));
        }
    }

    private void message(UUID id, String author, String body, Instant at) {
        h.attach(ConversationDao.class).appendAt(id, author, body, at);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

package org.examdesk.bot.channels.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.examdesk.admin.db.Database;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.TestCallers;
import org.examdesk.admin.testing.TestDatabase;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.bot.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A page whose connection dropped sends its unanswered messages again, with the same message id, over a new
 * connection (possibly to another node). The turn runs once; the copy is answered with the first copy's replies,
 * which the database holds.
 */
class ResentMessageIT {
    private static Database database;
    private static TestApp app;
    private static TestHttp http;
    private static String officer;
    private static String bot;

    @BeforeAll
    static void start() {
        String url = TestDatabase.freshDemoUrl();
        app = new TestApp().database(url).start();
        database = Database.connect(url, "postgres", null, 1);
        http = app.http();
        officer = http.login("officer@riverside.example", DemoData.PASSWORD);
        bot = new TestCallers(database.jdbi()).service();
    }

    @AfterAll
    static void stop() {
        app.close();
        database.close();
    }

    private static String message(long seq, String messageId, String field, String value) {
        return "{\"type\":\"message\",\"seq\":" + seq + ",\"messageId\":\"" + messageId + "\",\"" + field + "\":\""
                + value + "\"}";
    }

    private static String optionValue(JsonNode replies, String label) {
        for (JsonNode option : replies.findValues("options")) {
            for (JsonNode o : option) {
                if (o.get("label").asText().equals(label)) {
                    return o.get("value").asText();
                }
            }
        }
        throw new AssertionError("No button " + label + " in " + replies);
    }

    private static JsonNode transcript(String conversation, String messageId) {
        return http.get(
                        "/api/v1/conversations/" + conversation + "/messages"
                                + (messageId == null ? "" : "?clientMessageId=" + messageId),
                        bot)
                .json()
                .get("items");
    }

    @Test
    void a_confirmation_sent_again_after_a_reconnect_gets_the_first_answer_and_reactivates_once() {
        TestSocket first = TestSocket.open(app.port(), officer, null);
        String conversation = first.started();
        first.send(message(1, "f00d:1", "text", "Sam Patel can't log in to results"));
        String yes = optionValue(first.awaitReplies(1), "Yes, do it");
        String confirm = message(2, "f00d:2", "action", yes);
        first.send(confirm);
        JsonNode done = first.awaitReplies(2).get("replies");
        first.close();

        TestSocket second = TestSocket.open(app.port(), officer, conversation);
        assertThat(second.started()).isEqualTo(conversation);
        second.send(confirm);

        JsonNode again = second.awaitReplies(2).get("replies");
        assertThat(done.toString()).contains("Done", "Reference: ED-");
        assertThat(again).isEqualTo(done);
        JsonNode sam = http.get("/api/v1/students?forename=Sam&surname=Patel", officer)
                .json()
                .at("/items/0");
        JsonNode audit = http.get(
                        "/api/v1/audit?targetType=student&targetId="
                                + sam.get("id").asLong(),
                        officer)
                .json();
        assertThat(audit.get("items").findValuesAsText("action")).containsExactly("STUDENT_REACTIVATED");
        assertThat(transcript(conversation, "f00d:2").findValuesAsText("author"))
                .containsExactly("USER", "BOT");
        assertThat(transcript(conversation, null).findValuesAsText("author"))
                .containsExactly("USER", "BOT", "USER", "BOT");
        second.close();
    }

    @Test
    void a_message_sent_again_while_its_first_copy_is_still_being_handled_gets_that_copys_answer() {
        TestSocket page = TestSocket.open(app.port(), officer, null);
        String conversation = page.started();
        String path = "/api/v1/conversations/" + conversation + "/messages";
        // another node took the first copy and is still working on it
        assertThat(http.post(
                                path,
                                "{\"author\":\"USER\",\"body\":{\"text\":\"help\"},\"clientMessageId\":\"beef:1\"}",
                                bot)
                        .status())
                .isEqualTo(204);

        page.send(message(1, "beef:1", "text", "help"));
        page.await("typing", 1);
        assertThat(http.post(
                                path,
                                "{\"author\":\"BOT\",\"body\":{\"replies\":[{\"type\":\"text\",\"text\":"
                                        + "\"Answered on the other node.\"}]},\"clientMessageId\":\"beef:1\"}",
                                bot)
                        .status())
                .isEqualTo(204);

        JsonNode replies = page.awaitReplies(1).get("replies");
        assertThat(replies).hasSize(1);
        assertThat(replies.at("/0/text").asText()).isEqualTo("Answered on the other node.");
        assertThat(transcript(conversation, null).findValuesAsText("author")).containsExactly("USER", "BOT");
        assertThat(http.get("/api/v1/conversations/" + conversation, bot)
                        .json()
                        .get("version")
                        .asInt())
                .isZero();
        page.close();
    }

    @Test
    void a_new_message_with_a_new_id_after_a_reconnect_is_a_new_turn() {
        TestSocket first = TestSocket.open(app.port(), officer, null);
        String conversation = first.started();
        first.send(message(1, "cafe:1", "text", "help"));
        first.awaitReplies(1);
        first.close();

        TestSocket second = TestSocket.open(app.port(), officer, conversation);
        assertThat(second.started()).isEqualTo(conversation);
        second.send(message(1, "d00d:1", "text", "help"));

        assertThat(second.awaitReplies(1).get("replies").toString()).contains("Priya Shah");
        assertThat(transcript(conversation, null).findValuesAsText("author"))
                .containsExactly("USER", "BOT", "USER", "BOT");
        second.close();
    }

    @Test
    void a_page_signed_in_as_someone_else_gets_a_new_conversation_not_a_visitors_one_by_its_id() {
        String visitors;
        try (TestSocket visitor = TestSocket.open(app.port(), null, null)) {
            visitors = visitor.started();
            visitor.send(message(1, "beef:1", "text", "my son is locked out of his results account"));
            visitor.awaitReplies(1);
        }

        try (TestSocket stranger = TestSocket.open(app.port(), officer, visitors)) {
            assertThat(stranger.started()).isNotEqualTo(visitors);
        }
        try (TestSocket visitorAgain = TestSocket.open(app.port(), null, visitors)) {
            assertThat(visitorAgain.started())
                    .as("the visitor's page carries on")
                    .isEqualTo(visitors);
        }
    }
}

package org.examdesk.admin.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.examdesk.admin.accounts.Role;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestHttp.Response;
import org.examdesk.admin.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The transcript keeps a chat page's message, and the bot's answer to it, once per client message id. */
class ConversationMessagesIT {
    private static TestServer api;
    private static TestHttp http;
    private static String bot;

    @BeforeAll
    static void start() {
        api = new TestServer().start();
        http = api.http();
        bot = api.callers().service();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static String conversation() {
        return http.post("/api/v1/conversations", "{\"channel\":\"web\"}", bot)
                .json()
                .get("id")
                .asText();
    }

    private static Response append(String id, String author, String text, String clientMessageId) {
        return http.post(
                "/api/v1/conversations/" + id + "/messages",
                "{\"author\":\"" + author + "\",\"body\":{\"text\":\"" + text + "\"},\"clientMessageId\":\""
                        + clientMessageId + "\"}",
                bot);
    }

    @Test
    void a_message_sent_again_with_its_client_id_is_refused_as_a_duplicate_and_kept_once() {
        String id = conversation();
        assertThat(append(id, "USER", "help", "a1b2c3:1").status()).isEqualTo(204);

        Response again = append(id, "USER", "help", "a1b2c3:1");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("error").asText()).isEqualTo("duplicate");
        assertThat(http.get("/api/v1/conversations/" + id + "/messages", bot)
                        .json()
                        .get("items"))
                .hasSize(1);
    }

    @Test
    void the_answer_is_stored_under_the_same_id_and_found_by_it() {
        String id = conversation();
        append(id, "USER", "help", "a1b2c3:1");
        append(id, "USER", "thanks", "a1b2c3:2");

        assertThat(append(id, "BOT", "Here is what I can do.", "a1b2c3:1").status())
                .isEqualTo(204);

        JsonNode items = http.get("/api/v1/conversations/" + id + "/messages?clientMessageId=a1b2c3:1", bot)
                .json()
                .get("items");
        assertThat(items.findValuesAsText("author")).containsExactly("USER", "BOT");
        assertThat(items.get(1).at("/body/text").asText()).isEqualTo("Here is what I can do.");
        assertThat(items.get(1).get("clientMessageId").asText()).isEqualTo("a1b2c3:1");
    }

    private static Response endTurn(String id, int version, String answer, String clientMessageId) {
        return http.put(
                "/api/v1/conversations/" + id + "/state",
                "{\"state\":{\"flow\":\"x\"},\"version\":" + version + ",\"botMessage\":{\"text\":\"" + answer
                        + "\"},\"clientMessageId\":\"" + clientMessageId + "\"}",
                bot);
    }

    @Test
    void a_turn_ends_in_one_call_saving_the_state_and_the_answer_together_or_neither() {
        String id = conversation();
        append(id, "USER", "help", "t1:1");

        Response ended = endTurn(id, 0, "Here is what I can do.", "t1:1");
        Response stale = endTurn(id, 0, "A second answer from a stale turn.", "t1:1");
        Response duplicate = endTurn(id, 1, "The same answer again.", "t1:1");

        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.json().get("version").asInt()).isEqualTo(1);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("error").asText()).isEqualTo("duplicate");
        JsonNode conversation = http.get("/api/v1/conversations/" + id, bot).json();
        assertThat(conversation.get("version").asInt()).isEqualTo(1); // the duplicate's state was rolled back
        assertThat(http.get("/api/v1/conversations/" + id + "/messages", bot)
                        .json()
                        .get("items")
                        .findValuesAsText("text"))
                .containsExactly("help", "Here is what I can do.");
    }

    /** A new staff user's id. */
    private static long staffId() {
        return http.get("/api/v1/me", api.callers().staff(Role.EXAMS_OFFICER, null))
                .json()
                .get("id")
                .asLong();
    }

    private static Response beginTurn(String id, String owner, String text, String clientMessageId) {
        return http.post(
                "/api/v1/conversations/" + id + "/turns",
                "{" + owner + "\"message\":{\"text\":\"" + text + "\"},\"clientMessageId\":\"" + clientMessageId
                        + "\"}",
                bot);
    }

    @Test
    void a_turn_starts_in_one_call_only_for_the_conversations_owner_and_knowing_an_anonymous_ones_id_takes_nothing() {
        String id = conversation();
        long me = staffId();
        long other = staffId();

        Response anonymous = beginTurn(id, "", "hello", "b1:1");
        Response signedIn = beginTurn(id, "\"userId\":" + me + ",", "let me take this over", "b1:2");
        Response claimed = http.put("/api/v1/conversations/" + id + "/owner", "{\"userId\":" + me + "}", bot);
        Response mine = beginTurn(id, "\"userId\":" + me + ",", "I signed in", "b1:3");
        Response someoneElse = beginTurn(id, "\"userId\":" + other + ",", "let me in", "b1:4");
        Response visitorAgain = beginTurn(id, "", "and me", "b1:5");
        Response again = beginTurn(id, "\"userId\":" + me + ",", "I signed in", "b1:3");

        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.json().get("userId").isNull()).isTrue();
        assertThat(signedIn.status())
                .as("someone signed in who knows the id does not get the visitor's conversation")
                .isEqualTo(404);
        assertThat(claimed.status())
                .as("the bot gives it to who proved themselves in it")
                .isEqualTo(200);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().get("userId").asLong()).isEqualTo(me);
        assertThat(mine.json().has("state")).isTrue();
        assertThat(someoneElse.status()).isEqualTo(404);
        assertThat(visitorAgain.status()).isEqualTo(404);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("error").asText()).isEqualTo("duplicate");
        assertThat(http.get("/api/v1/conversations/" + id + "/messages", bot)
                        .json()
                        .get("items")
                        .findValuesAsText("text"))
                .containsExactly("hello", "I signed in");
    }

    @Test
    void the_answer_to_a_question_wanting_a_personal_answer_is_kept_masked_and_only_that_one() {
        String id = conversation();
        beginTurn(id, "", "my account is locked", "s1:1");
        http.put(
                "/api/v1/conversations/" + id + "/state",
                "{\"state\":{\"flow\":\"student_self\",\"secretAnswer\":true},\"version\":0,"
                        + "\"botMessage\":{\"text\":\"What is your date of birth?\"},\"clientMessageId\":\"s1:1\"}",
                bot);

        Response answered = beginTurn(id, "", "14/03/2009", "s1:2");
        http.put(
                "/api/v1/conversations/" + id + "/state",
                "{\"state\":{\"flow\":\"student_self\"},\"version\":1,"
                        + "\"botMessage\":{\"text\":\"And your UCI?\"},\"clientMessageId\":\"s1:2\"}",
                bot);
        beginTurn(id, "", "thanks 2009", "s1:3");

        assertThat(answered.status()).isEqualTo(200);
        assertThat(http.get("/api/v1/conversations/" + id + "/messages", bot)
                        .json()
                        .get("items")
                        .findValuesAsText("text"))
                .containsExactly(
                        "my account is locked",
                        "What is your date of birth?",
                        "**/**/2009",
                        "And your UCI?",
                        "thanks 2009");
    }

    @Test
    void the_same_client_id_in_another_conversation_is_another_message() {
        String first = conversation();
        String second = conversation();
        append(first, "USER", "help", "a1b2c3:1");

        assertThat(append(second, "USER", "help", "a1b2c3:1").status()).isEqualTo(204);
    }

    @Test
    void a_client_id_with_spaces_or_over_128_characters_is_refused() {
        String id = conversation();

        assertThat(append(id, "USER", "help", "not an id").status()).isEqualTo(422);
        assertThat(append(id, "USER", "help", "x".repeat(129)).status()).isEqualTo(422);
        assertThat(http.get("/api/v1/conversations/" + id + "/messages?clientMessageId=not%20an%20id", bot)
                        .status())
                .isEqualTo(422);
    }
}

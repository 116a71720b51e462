package org.examdesk.admin.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.examdesk.admin.testing.ApiFixture;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestHttp.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The transcript keeps a chat page's message, and the bot's answer to it, once per client message id. */
class ConversationMessagesIT {
    private static ApiFixture api;
    private static TestHttp http;
    private static String bot;

    @BeforeAll
    static void start() {
        api = ApiFixture.start();
        http = api.http();
        bot = api.callers().service();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static String conversation() {
        return http.post("/api/v1/conversations", "{\"channel\":\"web\"}", bot).json().get("id").asText();
    }

    private static Response append(String id, String author, String text, String clientMessageId) {
        return http.post("/api/v1/conversations/" + id + "/messages", "{\"author\":\"" + author + "\",\"body\":{\"text\":\""
                + text + "\"},\"clientMessageId\":\"" + clientMessageId + "\"}", bot);
    }

    @Test
    void a_message_sent_again_with_its_client_id_is_refused_as_a_duplicate_and_kept_once() {
        String id = conversation();
        assertThat(append(id, "USER", "help", "a1b2c3:1").status()).isEqualTo(204);

        Response again = append(id, "USER", "help", "a1b2c3:1");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("error").asText()).isEqualTo("duplicate");
        assertThat(http.get("/api/v1/conversations/" + id + "/messages", bot).json().get("items")).hasSize(1);
    }

    @Test
    void the_answer_is_stored_under_the_same_id_and_found_by_it() {
        String id = conversation();
        append(id, "USER", "help", "a1b2c3:1");
        append(id, "USER", "thanks", "a1b2c3:2");

        assertThat(append(id, "BOT", "Here is what I can do.", "a1b2c3:1").status()).isEqualTo(204);

        JsonNode items = http.get("/api/v1/conversations/" + id + "/messages?clientMessageId=a1b2c3:1", bot).json()
                .get("items");
        assertThat(items.findValuesAsText("author")).containsExactly("USER", "BOT");
        assertThat(items.get(1).at("/body/text").asText()).isEqualTo("Here is what I can do.");
        assertThat(items.get(1).get("clientMessageId").asText()).isEqualTo("a1b2c3:1");
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
        assertThat(http.get("/api/v1/conversations/" + id + "/messages?clientMessageId=not%20an%20id", bot).status())
                .isEqualTo(422);
    }
}

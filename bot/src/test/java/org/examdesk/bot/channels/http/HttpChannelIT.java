package org.examdesk.bot.channels.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestHttp.Response;
import org.examdesk.bot.TestApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HttpChannelIT {
    @RegisterExtension
    static final TestApp session = new TestApp();

    private static TestHttp http;

    @BeforeAll
    static void start() {
        http = session.http();
    }

    private static String conversation(String token) {
        Response started = http.post("/bot/v1/conversations", null, token);
        assertThat(started.status()).isEqualTo(201);
        return started.json().get("id").asText();
    }

    @Test
    void a_question_about_a_locked_student_gets_an_article_reply() {
        String id = conversation(null);

        Response answer = http.post(
                "/bot/v1/conversations/" + id + "/messages",
                "{\"text\":\"student locked out of their results account\"}",
                null);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode article = findType(answer.json().get("replies"), "article");
        assertThat(article).isNotNull();
        assertThat(article.get("id").asText())
                .isIn("reactivate-locked-account", "student-cannot-log-in", "student-account-statuses");
        assertThat(article.get("url").asText()).startsWith("/help/");
    }

    @Test
    void an_out_of_scope_question_gets_no_article_but_an_offer_to_rephrase_or_open_a_case() {
        String id = conversation(null);

        Response answer = http.post(
                "/bot/v1/conversations/" + id + "/messages", "{\"text\":\"who won the football last night\"}", null);

        assertThat(findType(answer.json().get("replies"), "article")).isNull();
        JsonNode choices = findType(answer.json().get("replies"), "choices");
        assertThat(choices.get("options").toString()).contains("open_case", "rephrase");
    }

    @Test
    void a_signed_in_officer_is_greeted_by_name() {
        String token = http.login("officer@riverside.example", DemoData.PASSWORD);
        String id = conversation(token);

        Response answer = http.post("/bot/v1/conversations/" + id + "/messages", "{\"text\":\"help\"}", token);

        assertThat(answer.json().at("/replies/0/text").asText()).contains("Priya Shah");
    }

    @Test
    void someone_else_cannot_post_into_a_signed_in_users_conversation() {
        String token = http.login("officer@riverside.example", DemoData.PASSWORD);
        String id = conversation(token);

        assertThat(http.post("/bot/v1/conversations/" + id + "/messages", "{\"text\":\"hi\"}", null)
                        .status())
                .isEqualTo(404);
        String other = http.login("officer@hillside.example", DemoData.PASSWORD);
        assertThat(http.post("/bot/v1/conversations/" + id + "/messages", "{\"text\":\"hi\"}", other)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void someone_signed_in_who_learns_a_visitors_conversation_id_cannot_take_it_over() {
        String visitors = conversation(null);
        assertThat(http.post(
                                "/bot/v1/conversations/" + visitors + "/messages",
                                "{\"text\":\"my son is locked out\"}",
                                null)
                        .status())
                .isEqualTo(200);
        String stranger = http.login("officer@hillside.example", DemoData.PASSWORD);

        assertThat(http.post("/bot/v1/conversations/" + visitors + "/messages", "{\"text\":\"hi\"}", stranger)
                        .status())
                .isEqualTo(404);
        assertThat(http.post("/bot/v1/conversations/" + visitors + "/messages", "{\"text\":\"still me\"}", null)
                        .status())
                .as("the visitor carries on")
                .isEqualTo(200);
    }

    @Test
    void an_invalid_token_is_refused() {
        Response response = http.post("/bot/v1/conversations", null, "not-a-real-token");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("error").asText()).isEqualTo("unauthorized");
    }

    @Test
    void a_message_needs_text_or_action_and_stays_within_the_length_limit() {
        String id = conversation(null);

        Response neither = http.post("/bot/v1/conversations/" + id + "/messages", "{}", null);
        Response tooLong =
                http.post("/bot/v1/conversations/" + id + "/messages", "{\"text\":\"" + "a".repeat(4001) + "\"}", null);

        assertThat(neither.status()).isEqualTo(422);
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().get("message").asText()).contains("4000");
    }

    @Test
    void form_values_go_only_with_a_button_and_within_their_limits() {
        String id = conversation(null);

        Response withText = http.post(
                "/bot/v1/conversations/" + id + "/messages",
                "{\"text\":\"hello\",\"values\":{\"subject\":\"x\"}}",
                null);
        Response tooLong = http.post(
                "/bot/v1/conversations/" + id + "/messages",
                "{\"action\":\"abc:form:details\",\"values\":{\"description\":\"" + "a".repeat(10_001) + "\"}}",
                null);

        assertThat(withText.status()).isEqualTo(422);
        assertThat(withText.json().get("details").toString()).contains("values");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().get("message").asText()).contains("10,000");
    }

    @Test
    void an_unknown_conversation_is_a_404() {
        Response response = http.post(
                "/bot/v1/conversations/00000000-0000-0000-0000-000000000000/messages", "{\"text\":\"hi\"}", null);

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void a_confirmation_retried_with_its_idempotency_key_gets_the_first_answer_and_changes_once() {
        String token = http.login("officer@riverside.example", DemoData.PASSWORD);
        String id = conversation(token);
        String path = "/bot/v1/conversations/" + id + "/messages";
        JsonNode confirm = findType(
                http.post(path, "{\"text\":\"Sam Patel can't log in to results\"}", token)
                        .json()
                        .get("replies"),
                "confirm");
        String yes = "{\"action\":\"" + confirm.at("/options/0/value").asText() + "\"}";
        Map<String, String> key = Map.of("Idempotency-Key", "retry-0001");

        Response done = http.send("POST", path, yes, token, key);
        Response retried = http.send("POST", path, yes, token, key);

        assertThat(done.json().toString()).contains("Reference: ED-");
        assertThat(retried.json()).isEqualTo(done.json());
        long sam = http.get("/api/v1/students?forename=Sam&surname=Patel", token)
                .json()
                .at("/items/0/id")
                .asLong();
        assertThat(http.get("/api/v1/audit?targetType=student&targetId=" + sam, token)
                        .json()
                        .get("items")
                        .findValuesAsText("action"))
                .containsExactly("STUDENT_REACTIVATED");
        assertThat(http.send("POST", path, "{\"text\":\"hi\"}", token, Map.of("Idempotency-Key", "no spaces please"))
                        .status())
                .isEqualTo(422);
    }

    private static JsonNode findType(JsonNode replies, String type) {
        for (JsonNode reply : replies) {
            if (type.equals(reply.path("type").asText())) {
                return reply;
            }
        }
        return null;
    }
}

package org.examdesk.admin.articles;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestHttp.Response;
import org.examdesk.admin.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArticlesIT {
    private static TestServer server;
    private static TestHttp http;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer().start();
        http = server.http();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    @Test
    void search_hits_carry_their_link_updated_date_and_views() {
        Response found = http.get("/api/v1/articles/search?q=" + q("reactivate locked student"), null);

        assertThat(found.status()).isEqualTo(200);
        JsonNode first = found.json().at("/hits/0");
        assertThat(first.get("url").asText())
                .isEqualTo("/help/" + first.get("id").asText());
        assertThat(first.has("updated")).isTrue();
        assertThat(first.get("views").asLong()).isZero();
    }

    @Test
    void an_empty_query_is_refused_with_a_sentence() {
        for (String path :
                List.of("/api/v1/articles/search?q=", "/api/v1/articles/suggest?q=%20", "/api/v1/articles/suggest")) {
            Response response = http.get(path, null);

            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.json().get("message").asText()).contains("Type something");
        }
    }

    @Test
    void a_ten_thousand_character_query_and_query_syntax_are_answered_without_error() {
        List<String> queries = List.of(
                "locked ".repeat(1_430),
                "\"",
                "AND",
                "(",
                "*",
                "~",
                "\\",
                "title:(a OR",
                "reset* ~2 \"unclosed AND ( \\");
        for (String query : queries) {
            for (String path : List.of(
                    "/api/v1/articles/search?q=", "/api/v1/articles/suggest?q=", "/api/v1/articles?sort=views&q=")) {
                Response response = http.get(path + q(query), null);

                assertThat(response.status())
                        .as(path + " " + query.length() + " chars")
                        .isEqualTo(200);
            }
        }
    }

    @Test
    void an_unknown_filter_value_gives_no_hits_not_an_error() {
        Response search = http.get("/api/v1/articles/search?q=" + q("locked account") + "&role=astronaut", null);
        Response browse = http.get("/api/v1/articles?sort=views&topic=" + q("no such topic"), null);

        assertThat(search.status()).isEqualTo(200);
        assertThat(search.json().get("hits")).isEmpty();
        assertThat(browse.status()).isEqualTo(200);
        assertThat(browse.json().get("articles")).isEmpty();
    }

    @Test
    void an_unknown_article_is_a_404_for_reads_views_and_feedback() {
        assertThat(http.get("/api/v1/articles/no-such-article", null).status()).isEqualTo(404);
        assertThat(http.post("/api/v1/articles/no-such-article/views", null, null)
                        .status())
                .isEqualTo(404);
        assertThat(http.post("/api/v1/articles/no-such-article/feedback", "{\"helpful\":true}", null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void typeahead_gives_title_updated_date_and_views_and_puts_the_most_viewed_first_once_published() {
        JsonNode before =
                http.get("/api/v1/articles/suggest?q=stud", null).json().get("suggestions");
        assertThat(before.size()).isGreaterThan(1);
        assertThat(before.get(0).has("title")
                        && before.get(0).has("updated")
                        && before.get(0).has("views"))
                .isTrue();
        String last = before.get(before.size() - 1).get("id").asText();

        http.post("/api/v1/articles/" + last + "/views", null, null);
        server.api().publishArticleViews();

        JsonNode after =
                http.get("/api/v1/articles/suggest?q=stud", null).json().get("suggestions");
        assertThat(after.get(0).get("id").asText()).isEqualTo(last);
        assertThat(after.get(0).get("views").asLong()).isEqualTo(1);
    }

    @Test
    void browsing_lists_the_most_viewed_first_within_a_topic() {
        JsonNode all =
                http.get("/api/v1/articles?sort=views&limit=50", null).json().get("articles");
        String topic = server.knowledgeBase()
                .article(all.get(all.size() - 1).get("id").asText())
                .orElseThrow()
                .topics()
                .get(0);
        List<String> inTopic = ids(http.get("/api/v1/articles?sort=views&topic=" + q(topic), null)
                .json()
                .get("articles"));
        String least = inTopic.get(inTopic.size() - 1);

        http.post("/api/v1/articles/" + least + "/views", null, null);
        server.api().publishArticleViews();

        List<String> after = ids(http.get("/api/v1/articles?sort=views&topic=" + q(topic), null)
                .json()
                .get("articles"));
        assertThat(after.get(0)).isEqualTo(least);
        assertThat(http.get("/api/v1/articles?sort=title", null).status()).isEqualTo(400);
    }

    @Test
    void articles_for_you_follow_the_contact_form_choices_and_no_choices_give_none() {
        Response chosen = http.get(
                "/api/v1/articles/for-you?customerType=" + q("Exams officer") + "&issueType="
                        + q("Student results account") + "&category=" + q("Locked account"),
                null);
        Response none = http.get("/api/v1/articles/for-you", null);

        assertThat(chosen.status()).isEqualTo(200);
        assertThat(ids(chosen.json().get("articles"))).isNotEmpty();
        assertThat(none.json().get("articles")).isEmpty();
    }

    @Test
    void a_visitor_viewing_an_article_twice_in_ten_minutes_counts_once() {
        Response first = http.post("/api/v1/articles/glossary/views", null, null);
        Response second = http.post("/api/v1/articles/glossary/views", null, null);

        assertThat(first.json().get("views").asLong()).isEqualTo(1);
        assertThat(second.json().get("views").asLong()).isEqualTo(1);
        assertThat(http.get("/api/v1/articles/glossary", null)
                        .json()
                        .get("views")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void a_signed_in_persons_new_vote_replaces_the_old_one_and_is_audited() {
        String token = http.login("officer@riverside.example", DemoData.PASSWORD);

        http.post("/api/v1/articles/uci-and-uln/feedback", "{\"helpful\":true}", token);
        Response replaced = http.post(
                "/api/v1/articles/uci-and-uln/feedback", "{\"helpful\":false,\"comment\":\"Needs an example\"}", token);

        assertThat(replaced.status()).isEqualTo(201);
        JsonNode article = http.get("/api/v1/articles/uci-and-uln", null).json();
        assertThat(article.get("helpful").asLong()).isZero();
        assertThat(article.get("notHelpful").asLong()).isEqualTo(1);
        long audited = server.database().jdbi().withHandle(h -> h.createQuery(
                        "select count(*) from audit_log where target_type = 'article' and target_id = 'uci-and-uln'")
                .mapTo(Long.class)
                .one());
        assertThat(audited).isEqualTo(2);
    }

    @Test
    void anonymous_votes_are_limited_per_client() {
        for (int i = 0; i < ArticleStatsService.ANONYMOUS_VOTES_PER_HOUR; i++) {
            assertThat(http.post("/api/v1/articles/book-a-test/feedback", "{\"helpful\":true}", null)
                            .status())
                    .isEqualTo(201);
        }

        Response over = http.post("/api/v1/articles/book-a-test/feedback", "{\"helpful\":true}", null);

        assertThat(over.status()).isEqualTo(429);
        assertThat(over.json().get("message").asText()).contains("try again later");
        assertThat(http.get("/api/v1/articles/book-a-test", null)
                        .json()
                        .get("helpful")
                        .asLong())
                .isEqualTo(ArticleStatsService.ANONYMOUS_VOTES_PER_HOUR);
    }

    @Test
    void feedback_must_say_whether_it_helped_and_keep_the_comment_short() {
        String token = http.login("teacher@riverside.example", DemoData.PASSWORD);

        Response missing = http.post("/api/v1/articles/make-a-claim/feedback", "{\"comment\":\"hm\"}", token);
        Response tooLong = http.post(
                "/api/v1/articles/make-a-claim/feedback",
                "{\"helpful\":true,\"comment\":\"" + "x".repeat(2_001) + "\"}",
                token);

        assertThat(missing.status()).isEqualTo(422);
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(http.get("/api/v1/articles/make-a-claim", null)
                        .json()
                        .get("helpful")
                        .asLong())
                .isZero();
    }
}

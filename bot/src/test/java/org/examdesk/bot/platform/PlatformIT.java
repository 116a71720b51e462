package org.examdesk.bot.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestHttp.Response;
import org.examdesk.bot.TestApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PlatformIT {
    private static final String METRICS_TOKEN = "scraper-secret-0123456789";

    @RegisterExtension
    static final TestApp session = new TestApp().env("METRICS_TOKEN", METRICS_TOKEN);

    private static TestHttp http;

    @BeforeAll
    static void start() {
        http = session.http();
    }

    @Test
    void health_reports_the_database_and_the_index() {
        Response health = http.get("/health", null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("database").asText()).isEqualTo("UP");
        assertThat(health.json().get("articlesIndexed").asInt()).isGreaterThanOrEqualTo(45);
        assertThat(health.json().has("version")).isTrue();
    }

    @Test
    void metrics_are_served_in_prometheus_format() {
        http.get("/health", null);

        Response metrics = http.get("/metrics", METRICS_TOKEN);

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds_count");
    }

    @Test
    void metrics_need_the_bearer_token_of_the_setting() {
        Response anonymous = http.get("/metrics", null);
        Response wrong = http.get("/metrics", "scraper-secret-9876543210");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("error").asText()).isEqualTo("unauthorized");
        assertThat(anonymous.body()).doesNotContain("http_server_requests");
        assertThat(wrong.status()).isEqualTo(401);
    }

    @Test
    void without_the_https_setting_no_strict_transport_security_is_sent() {
        Response page = http.get("/", null);

        assertThat(page.header("Strict-Transport-Security")).isNull();
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void the_web_chat_page_is_served_at_the_root() {
        Response page = http.get("/", null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<title>ExamDesk", "chat.js");
    }

    @Test
    void every_response_carries_a_request_id() {
        Response response = http.send("GET", "/health", null, null);
        assertThat(response.header("X-Request-Id")).matches("[0-9a-f]{16}");
    }

    @Test
    void an_unknown_route_is_a_404_in_the_one_error_shape() {
        Response response = http.get("/no/such/page", null);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("error").asText()).isEqualTo("not_found");
        assertThat(response.json().get("requestId").asText()).isEqualTo(response.header("X-Request-Id"));
    }

    @Test
    void public_article_reads_need_no_sign_in() {
        Response search = http.get("/api/v1/articles/search?q=locked+account", null);
        Response article = http.get("/api/v1/articles/reactivate-locked-account", null);

        assertThat(search.status()).isEqualTo(200);
        assertThat(search.json().get("hits").size()).isPositive();
        assertThat(article.status()).isEqualTo(200);
        assertThat(article.json().get("html").asText()).contains("<ol>");
    }
}

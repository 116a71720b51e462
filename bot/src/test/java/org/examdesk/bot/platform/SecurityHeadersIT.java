package org.examdesk.bot.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestHttp.Response;
import org.examdesk.bot.TestApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The security headers every answer carries, set in one place, with the widget's framing and HTTPS settings. */
class SecurityHeadersIT {
    @RegisterExtension
    static final TestApp session = new TestApp()
            .env(Map.of(
                    "EXAMDESK_WIDGET_ORIGINS", "https://www.riverside.example http://localhost:*",
                    "EXAMDESK_HTTPS", "true"));

    private static final List<String> PAGES = List.of(
            "/",
            "/help",
            "/help/reactivate-locked-account",
            "/agent",
            "/activate",
            "/student/sign-in",
            "/student/forgotten-password",
            "/student/reset-password",
            "/sign-up",
            "/verify-email",
            "/forgot-password",
            "/reset-password",
            "/results/sign-in");
    /** An inline script or style, or an event handler written in the markup: what the policy refuses. */
    private static final Pattern INLINE = Pattern.compile(
            "<script(?![^>]*\\bsrc=)[^>]*>|<style|\\sstyle=|\\son[a-z]+=|javascript:", Pattern.CASE_INSENSITIVE);

    private static TestHttp http;

    @BeforeAll
    static void start() {
        http = session.http();
    }

    @Test
    void every_page_gets_a_strict_policy_and_may_be_framed_by_nobody() {
        for (String path : PAGES) {
            Response page = http.get(path, null);

            assertThat(page.status()).as(path).isEqualTo(200);
            String policy = page.header("Content-Security-Policy");
            assertThat(policy)
                    .as(path)
                    .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'")
                    .contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval", "*");
            assertThat(page.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(page.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(page.header("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
            assertThat(page.header("Strict-Transport-Security")).as(path).startsWith("max-age=");
        }
    }

    @Test
    void the_pages_hold_no_inline_script_style_or_event_handler_the_policy_would_refuse() {
        for (String path : PAGES) {
            String html = http.get(path, null).body();

            assertThat(INLINE.matcher(html).find())
                    .as(path + " has " + firstInline(html))
                    .isFalse();
        }
    }

    @Test
    void the_chat_page_opened_by_the_widget_may_be_framed_by_the_sites_of_the_setting_only() {
        Response widget = http.get("/?embed=1", null);

        assertThat(widget.header("Content-Security-Policy"))
                .contains("script-src 'self'")
                .contains("frame-ancestors 'self' https://www.riverside.example http://localhost:*")
                .doesNotContain("frame-ancestors 'none'");
        assertThat(widget.header("X-Frame-Options")).isNull();
        assertThat(widget.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void scripts_json_and_errors_carry_the_headers_too() {
        for (String path : List.of("/chat.js", "/widget.js", "/health", "/api/v1/articles/search?q=locked", "/nope")) {
            Response answer = http.get(path, null);

            assertThat(answer.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(answer.header("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'");
            assertThat(answer.header("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
        }
    }

    @Test
    void no_answer_of_the_api_or_the_bot_may_be_cached_least_of_all_a_sign_in_with_its_token() {
        Response signIn = http.post(
                "/api/v1/sessions",
                "{\"username\":\"officer@riverside.example\",\"password\":\"" + DemoData.PASSWORD + "\"}",
                null);
        String token = signIn.json().get("token").asText();
        Response me = http.get("/api/v1/me", token);
        Response refused = http.get("/api/v1/students", null);
        Response conversation = http.post("/bot/v1/conversations", "{}", token);

        assertThat(signIn.status()).isEqualTo(201);
        for (Response answer : List.of(signIn, me, refused, conversation)) {
            assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
        }
    }

    @Test
    void without_a_token_in_the_setting_metrics_are_off() {
        Response metrics = http.get("/metrics", null);

        assertThat(metrics.status()).isEqualTo(404);
        assertThat(metrics.body()).doesNotContain("http_server_requests");
    }

    private static String firstInline(String html) {
        var m = INLINE.matcher(html);
        return m.find() ? html.substring(m.start(), Math.min(html.length(), m.start() + 60)) : "nothing inline";
    }
}

package org.examdesk.admin.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestHttp.Response;
import org.examdesk.admin.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SessionsIT {
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

    @Test
    void an_exams_officer_signs_in_and_sees_who_they_are() {
        Response login = http.post(
                "/api/v1/sessions",
                "{\"username\":\"officer@riverside.example\",\"password\":\"" + DemoData.PASSWORD + "\"}",
                null);

        assertThat(login.status()).isEqualTo(201);
        assertThat(login.json().get("token").asText()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(login.json().at("/user/roles/0").asText()).isEqualTo("EXAMS_OFFICER");
        assertThat(login.json().at("/user/centre/name").asText()).isEqualTo("Riverside Academy");

        Response me = http.get("/api/v1/me", login.json().get("token").asText());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("name").asText()).isEqualTo("Priya Shah");
    }

    @Test
    void a_wrong_password_is_refused_in_the_one_error_shape() {
        Response response = http.post(
                "/api/v1/sessions", "{\"username\":\"teacher@riverside.example\",\"password\":\"nope\"}", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("error").asText()).isEqualTo("unauthorized");
        assertThat(response.json().get("message").asText()).contains("not right");
        assertThat(response.json().get("requestId").asText()).isEqualTo(response.header("X-Request-Id"));
        assertThat(response.json().get("details").isArray()).isTrue();
    }

    @Test
    void after_signing_out_the_token_no_longer_works() {
        String token = http.login("assistant@riverside.example", DemoData.PASSWORD);

        assertThat(http.delete("/api/v1/sessions/current", token).status()).isEqualTo(204);

        Response me = http.get("/api/v1/me", token);
        assertThat(me.status()).isEqualTo(401);
        assertThat(me.json().get("message").asText()).contains("Sign in again");
    }

    @Test
    void protected_endpoints_need_a_token() {
        Response response = http.get("/api/v1/me", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("error").asText()).isEqualTo("unauthorized");
    }

    @Test
    void staff_cannot_use_the_endpoints_kept_for_the_bot_service() {
        String token = http.login("officer@hillside.example", DemoData.PASSWORD);

        Response response = http.post("/api/v1/conversations", "{\"channel\":\"web\"}", token);

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void malformed_json_is_a_400_with_a_message() {
        Response response = http.post("/api/v1/sessions", "{\"username\": ", null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).isEqualTo("malformed_json");
    }

    @Test
    void unknown_fields_are_rejected_by_name() {
        Response response =
                http.post("/api/v1/sessions", "{\"username\":\"a\",\"password\":\"b\",\"remember\":true}", null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("message").asText()).contains("remember");
    }

    @Test
    void an_unknown_route_is_a_404_in_the_error_shape() {
        Response response = http.get("/api/v1/nothing-here", null);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("error").asText()).isEqualTo("not_found");
    }

    @Test
    void a_body_over_the_limit_is_a_413() {
        String big = "{\"username\":\"" + "x".repeat(2 * 1024 * 1024) + "\",\"password\":\"p\"}";

        Response response = http.post("/api/v1/sessions", big, null);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("error").asText()).isEqualTo("too_large");
    }
}

package org.examdesk.admin.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.examdesk.admin.testing.MutableClock;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestHttp.Response;
import org.examdesk.admin.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SignUpIT {
    private static final MutableClock CLOCK = new MutableClock(Instant.now());
    private static TestServer api;
    private static TestHttp http;

    @BeforeAll
    static void start() {
        api = new TestServer().clock(CLOCK).start();
        http = api.http();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    static String body(String email, String confirmation, String username, String password, boolean terms) {
        return "{\"email\":\"" + email + "\",\"emailConfirmation\":\"" + confirmation + "\","
                + (username == null ? "" : "\"username\":\"" + username + "\",")
                + "\"password\":\"" + password + "\",\"firstName\":\"Ada\",\"lastName\":\"Lovelace\","
                + "\"country\":\"United Kingdom\",\"termsAccepted\":" + terms + "}";
    }

    static String token(String email) {
        String mail = api.jdbi().withHandle(h -> h.createQuery(
                        "select body from outbox " + "where recipient = :to order by id desc limit 1")
                .bind("to", email)
                .mapTo(String.class)
                .one());
        Matcher m = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(mail);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void a_new_user_signs_up_verifies_the_email_and_then_signs_in() {
        Response signedUp = http.post(
                "/api/v1/accounts", body("ada@school.example", "ADA@school.example", null, "Analytical1", true), null);

        assertThat(signedUp.status()).as(signedUp.body()).isEqualTo(201);
        assertThat(signedUp.json().get("username").asText()).isEqualTo("ada@school.example");
        String login = "{\"username\":\"ada@school.example\",\"password\":\"Analytical1\"}";
        assertThat(http.post("/api/v1/sessions", login, null).status()).isEqualTo(403);

        String token = token("ada@school.example");
        assertThat(http.post("/api/v1/accounts/verify", "{\"token\":\"" + token + "\"}", null)
                        .status())
                .isEqualTo(200);
        assertThat(http.post("/api/v1/accounts/verify", "{\"token\":\"" + token + "\"}", null)
                        .status())
                .isEqualTo(409);
        assertThat(http.post("/api/v1/sessions", login, null).status()).isEqualTo(201);
        assertThat(http.post(
                                "/api/v1/accounts",
                                body(
                                        "ada2@school.example",
                                        "ada2@school.example",
                                        "ADA@school.example",
                                        "Analytical1",
                                        true),
                                null)
                        .status())
                .as("usernames are unique, ignoring case")
                .isEqualTo(409);
    }

    @Test
    void the_verification_link_expires_after_24_hours() {
        http.post(
                "/api/v1/accounts",
                body("late@school.example", "late@school.example", "late-user", "Analytical1", true),
                null);
        String token = token("late@school.example");

        CLOCK.advance(Duration.ofHours(24).plusMinutes(1));
        Response response = http.post("/api/v1/accounts/verify", "{\"token\":\"" + token + "\"}", null);

        assertThat(response.status()).isEqualTo(410);
        assertThat(response.json().get("message").asText()).contains("24 hours");
    }

    @Test
    void an_incomplete_sign_up_names_every_field_to_fix() {
        Response response = http.post(
                "/api/v1/accounts", body("bob@school.example", "rob@school.example", null, "password", false), null);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("details"))
                .extracting(d -> d.asText())
                .containsExactly("emailConfirmation", "password", "termsAccepted");
        assertThat(response.json().get("message").asText())
                .contains("upper-case letter")
                .contains("differ");
    }
}

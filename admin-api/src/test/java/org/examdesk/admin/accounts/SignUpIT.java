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
    }

    @Test
    void a_taken_username_gets_the_same_answer_as_a_free_one_and_its_owner_is_emailed_instead() {
        http.post(
                "/api/v1/accounts", body("kim@school.example", "kim@school.example", null, "Analytical1", true), null);
        verify(token("kim@school.example"));
        long accounts = count("select count(*) from users");

        Response free = http.post(
                "/api/v1/accounts", body("lee@school.example", "lee@school.example", "lee", "Analytical1", true), null);
        Response taken = http.post(
                "/api/v1/accounts",
                body("mallory@school.example", "mallory@school.example", "KIM@school.example", "Analytical1", true),
                null);

        assertThat(taken.status()).isEqualTo(free.status()).isEqualTo(201);
        assertThat(taken.json().get("message").asText())
                .isEqualTo(free.json().get("message").asText().replace("lee@", "mallory@"));
        assertThat(count("select count(*) from users"))
                .as("usernames are unique, ignoring case")
                .isEqualTo(accounts + 1);
        assertThat(count("select count(*) from outbox where recipient = 'mallory@school.example'"))
                .isZero();
        assertThat(lastMailTo("kim@school.example")).contains("Someone tried to create an account with your username");
        assertThat(http.post(
                                "/api/v1/sessions",
                                "{\"username\":\"kim@school.example\",\"password\":\"Analytical1\"}",
                                null)
                        .status())
                .as("the owner's account is unchanged")
                .isEqualTo(201);
    }

    @Test
    void an_abandoned_sign_up_whose_link_expired_can_be_made_again_with_the_same_username() {
        http.post(
                "/api/v1/accounts",
                body("again@school.example", "again@school.example", "again-user", "Analytical1", true),
                null);
        CLOCK.advance(Duration.ofHours(25));

        Response again = http.post(
                "/api/v1/accounts",
                body("again2@school.example", "again2@school.example", "again-user", "Different2", true),
                null);
        verify(token("again2@school.example"));

        assertThat(again.status()).isEqualTo(201);
        assertThat(http.post("/api/v1/sessions", "{\"username\":\"again-user\",\"password\":\"Different2\"}", null)
                        .status())
                .isEqualTo(201);
    }

    private static void verify(String token) {
        assertThat(http.post("/api/v1/accounts/verify", "{\"token\":\"" + token + "\"}", null)
                        .status())
                .isEqualTo(200);
    }

    private static long count(String sql) {
        return api.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private static String lastMailTo(String to) {
        return api.jdbi()
                .withHandle(h -> h.createQuery("select body from outbox where recipient = :to order by id desc limit 1")
                        .bind("to", to)
                        .mapTo(String.class)
                        .one());
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

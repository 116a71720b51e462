package org.examdesk.admin.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.examdesk.admin.testing.MutableClock;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestHttp.Response;
import org.examdesk.admin.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The staff forgotten password: asking for a link, and setting a new password with it. */
class PasswordResetIT {
    private static final MutableClock CLOCK = new MutableClock(Instant.now());
    private static final String PASSWORD = "Analytical1";
    private static final String NEW_PASSWORD = "Difference9";
    private static final String REQUEST = "/api/v1/accounts/password-resets";
    private static final String CONFIRM = "/api/v1/accounts/password-resets/confirm";
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

    /** Each test starts outside the per-address windows the ones before it used up. */
    @BeforeEach
    void later() {
        CLOCK.advance(Duration.ofMinutes(11));
    }

    @Test
    void an_unknown_name_and_an_unverified_account_get_the_same_answer_as_a_verified_one_and_no_email() {
        signUp("known-user", "known@school.example", true);
        signUp("unverified-user", "unverified@school.example", false);
        long mails = count("select count(*) from outbox");

        long start = System.nanoTime();
        Response known = ask("{\"email\":\"KNOWN@school.example\"}");
        Duration knownTook = Duration.ofNanos(System.nanoTime() - start);
        start = System.nanoTime();
        Response unknown = ask("{\"username\":\"nobody-at-all\"}");
        Duration unknownTook = Duration.ofNanos(System.nanoTime() - start);
        Response unverified = ask("{\"username\":\"unverified-user\"}");

        assertThat(List.of(known.status(), unknown.status(), unverified.status()))
                .containsOnly(202);
        assertThat(List.of(knownTook, unknownTook))
                .as("no answer comes sooner than the floor, known or not")
                .allMatch(took -> took.compareTo(EvenTiming.RESET_REQUESTS) >= 0);
        assertThat(unknown.json().get("message").asText())
                .isEqualTo(known.json().get("message").asText())
                .isEqualTo(unverified.json().get("message").asText())
                .contains("within 1 hour");
        assertThat(count("select count(*) from outbox"))
                .as("one email, to the verified account")
                .isEqualTo(mails + 1);
        assertThat(lastMailTo("known@school.example"))
                .contains("known-user")
                .contains("http://localhost:7070/reset-password?token=");
        assertThat(count("select count(*) from account_password_resets r join users u on u.id = r.user_id "
                        + "where u.username in ('known-user', 'unverified-user')"))
                .isEqualTo(1);
    }

    @Test
    void the_link_is_stored_only_as_the_sha_256_of_its_token() {
        signUp("hash-user", "hash@school.example", true);

        ask("{\"username\":\"hash-user\"}");
        String token = token("hash@school.example");

        byte[] stored = api.jdbi()
                .withHandle(h -> h.createQuery("select token_hash from account_password_resets r join users u "
                                + "on u.id = r.user_id where u.username = 'hash-user'")
                        .mapTo(byte[].class)
                        .one());
        assertThat(stored).isEqualTo(Tokens.hash(token));
    }

    @Test
    void following_the_link_sets_the_password_ends_every_session_and_uses_the_link_up() {
        signUp("reset-user", "reset@school.example", true);
        String first = http.login("reset-user", PASSWORD);
        String second = http.login("reset-user", PASSWORD);
        ask("{\"username\":\"reset-user\"}");
        String token = token("reset@school.example");

        Response done = confirm(token, NEW_PASSWORD);

        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().get("message").asText()).contains("Sign in with the new password");
        assertThat(http.get("/api/v1/me", first).status()).isEqualTo(401);
        assertThat(http.get("/api/v1/me", second).status()).isEqualTo(401);
        assertThat(signIn("reset-user", PASSWORD).status()).isEqualTo(401);
        assertThat(signIn("reset-user", NEW_PASSWORD).status()).isEqualTo(201);
        assertThat(lastMailTo("reset@school.example")).contains("was changed");
        assertThat(count("select count(*) from audit_log a join users u on a.target_id = u.id::text "
                        + "where a.action = 'ACCOUNT_PASSWORD_RESET' and u.username = 'reset-user' "
                        + "and a.after_state ->> 'sessionsEnded' = '2'"))
                .isEqualTo(1);
        Response again = confirm(token, "Another123");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("message").asText()).contains("already used");
        assertThat(signIn("reset-user", NEW_PASSWORD).status()).isEqualTo(201);
    }

    @Test
    void a_wrong_token_is_refused_with_a_sentence_and_changes_nothing() {
        signUp("wrong-user", "wrong@school.example", true);
        ask("{\"username\":\"wrong-user\"}");

        Response wrong = confirm("not-the-token-from-the-email", NEW_PASSWORD);

        assertThat(wrong.status()).isEqualTo(404);
        assertThat(wrong.json().get("message").asText()).contains("not valid");
        assertThat(signIn("wrong-user", PASSWORD).status()).isEqualTo(201);
    }

    @Test
    void a_link_followed_after_one_hour_has_expired_and_changes_nothing() {
        signUp("late-user", "late@school.example", true);
        http.login("late-user", PASSWORD);
        ask("{\"username\":\"late-user\"}");
        String token = token("late@school.example");

        CLOCK.advance(Duration.ofHours(1).plusSeconds(1));
        Response late = confirm(token, NEW_PASSWORD);

        assertThat(late.status()).isEqualTo(410);
        assertThat(late.json().get("message").asText()).contains("expired after 1 hour");
        assertThat(signIn("late-user", PASSWORD).status()).isEqualTo(201);
        assertThat(count("select count(*) from sessions s join users u on u.id = s.principal_id "
                        + "where s.principal_type = 'STAFF' and u.username = 'late-user' and s.revoked_at is not null"))
                .as("no session was ended")
                .isZero();
    }

    @Test
    void a_newer_request_retires_the_older_link() {
        signUp("twice-user", "twice@school.example", true);
        ask("{\"username\":\"twice-user\"}");
        String older = token("twice@school.example");
        ask("{\"email\":\"twice@school.example\"}");
        String newer = token("twice@school.example");

        Response old = confirm(older, NEW_PASSWORD);
        Response fresh = confirm(newer, NEW_PASSWORD);

        assertThat(old.status()).isEqualTo(410);
        assertThat(old.json().get("message").asText()).contains("latest email");
        assertThat(fresh.status()).isEqualTo(200);
    }

    @Test
    void a_new_password_that_breaks_the_rules_is_refused_and_the_link_still_works() {
        signUp("weak-user", "weak@school.example", true);
        ask("{\"username\":\"weak-user\"}");
        String token = token("weak@school.example");

        Response weak = confirm(token, "password");

        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.json().get("message").asText()).contains("upper-case letter");
        assertThat(weak.json().get("details").get(0).asText()).isEqualTo("password");
        assertThat(signIn("weak-user", PASSWORD).status()).isEqualTo(201);
        assertThat(confirm(token, NEW_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void asking_again_and_again_for_one_name_slows_down_alike_for_a_known_and_an_unknown_one() {
        signUp("often-user", "often@school.example", true);
        for (int i = 0; i < SignInGuard.FREE_FAILURES; i++) {
            assertThat(ask("{\"username\":\"often-user\"}").status()).isEqualTo(202);
            assertThat(ask("{\"username\":\"never-existed\"}").status()).isEqualTo(202);
        }

        Response known = ask("{\"username\":\"often-user\"}");
        Response unknown = ask("{\"username\":\"never-existed\"}");

        assertThat(known.status()).isEqualTo(unknown.status()).isEqualTo(429);
        assertThat(known.json().get("message").asText())
                .isEqualTo(unknown.json().get("message").asText());
        assertThat(known.header("Retry-After")).isEqualTo(unknown.header("Retry-After"));
        assertThat(count("select count(*) from outbox where recipient = 'often@school.example' "
                        + "and subject = 'Reset your password'"))
                .isEqualTo(SignInGuard.FREE_FAILURES);
    }

    @Test
    void a_request_without_a_name_and_a_confirm_without_a_token_are_refused_with_a_sentence() {
        Response noName = ask("{}");
        Response noToken = http.post(CONFIRM, "{\"password\":\"" + NEW_PASSWORD + "\"}", null);

        assertThat(noName.status()).isEqualTo(422);
        assertThat(noName.json().get("message").asText()).contains("username or the email address");
        assertThat(noToken.status()).isEqualTo(422);
        assertThat(noToken.json().get("message").asText()).contains("token");
    }

    private static void signUp(String username, String email, boolean verify) {
        Response r = http.post(
                "/api/v1/accounts",
                SignUpIT.body(email, email, username, PASSWORD, true).replace("Ada", "Grace"),
                null);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        if (verify) {
            String token = tokenIn(lastMailTo(email));
            assertThat(http.post("/api/v1/accounts/verify", "{\"token\":\"" + token + "\"}", null)
                            .status())
                    .isEqualTo(200);
        }
    }

    private static Response ask(String body) {
        return http.post(REQUEST, body, null);
    }

    private static Response confirm(String token, String password) {
        return http.post(CONFIRM, "{\"token\":\"" + token + "\",\"password\":\"" + password + "\"}", null);
    }

    private static Response signIn(String username, String password) {
        return http.post(
                "/api/v1/sessions", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", null);
    }

    private static String token(String email) {
        String mail = api.jdbi().withHandle(h -> h.createQuery("select body from outbox where recipient = :to "
                        + "and subject = 'Reset your password' order by id desc limit 1")
                .bind("to", email)
                .mapTo(String.class)
                .one());
        return tokenIn(mail);
    }

    private static String tokenIn(String mail) {
        Matcher m = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(mail);
        assertThat(m.find()).as(mail).isTrue();
        return m.group(1);
    }

    private static String lastMailTo(String to) {
        return api.jdbi()
                .withHandle(h -> h.createQuery("select body from outbox where recipient = :to order by id desc limit 1")
                        .bind("to", to)
                        .mapTo(String.class)
                        .one());
    }

    private static long count(String sql) {
        return api.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}

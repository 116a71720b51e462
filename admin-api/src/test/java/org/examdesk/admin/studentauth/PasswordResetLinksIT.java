package org.examdesk.admin.studentauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.examdesk.admin.accounts.EvenTiming;
import org.examdesk.admin.accounts.Tokens;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.StudentAuthClient;
import org.examdesk.admin.client.StudentModels;
import org.examdesk.admin.testing.MutableClock;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestHttp.Response;
import org.examdesk.admin.testing.TestServer;
import org.examdesk.admin.web.Json;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The forgotten-password process through an emailed link: the same answer for every address, a link that works
 * once for an hour, and a date of birth counted only when it comes with a live link.
 */
class PasswordResetLinksIT {
    private static final Pattern LINK = Pattern.compile("http\\S*student/reset-password\\?token=([A-Za-z0-9_-]+)");
    /** Whole seconds: PostgreSQL keeps microseconds, and a stored time rounded up would lie in this clock's future. */
    private static final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

    @RegisterExtension
    static final TestServer api = new TestServer().clock(clock);

    record Student(long id, String email, String dob, String status, int resetFailures) {}

    private TestHttp http;
    private Jdbi jdbi;

    @BeforeEach
    void freshWindow() {
        http = api.http();
        jdbi = api.jdbi();
        clock.advance(Duration.ofMinutes(6)); // out of the per-address window of the tests before
    }

    @Test
    void an_unknown_address_gets_the_same_answer_as_a_known_one_and_no_email() {
        Student known = student("FORGOTTEN_PASSWORD", 0);
        String unknown = "nobody.here@pupils.example";

        long start = System.nanoTime();
        Response forKnown = requestLink(known.email());
        long knownTook = System.nanoTime() - start;
        start = System.nanoTime();
        Response forUnknown = requestLink(unknown);
        long unknownTook = System.nanoTime() - start;

        assertThat(Duration.ofNanos(knownTook))
                .as("no answer comes sooner than the floor, known or not")
                .isGreaterThanOrEqualTo(EvenTiming.RESET_REQUESTS);
        assertThat(Duration.ofNanos(unknownTook)).isGreaterThanOrEqualTo(EvenTiming.RESET_REQUESTS);
        assertThat(forKnown.status()).isEqualTo(202);
        assertThat(forUnknown.status()).isEqualTo(forKnown.status());
        assertThat(forUnknown.body()).isEqualTo(forKnown.body());
        assertThat(forKnown.json().get("message").asText()).isEqualTo(ResetLinks.SENT);
        assertThat(emailsTo(unknown)).isZero();
        assertThat(latestEmail(known.email())).contains("Choose a new password").containsPattern(LINK);
    }

    @Test
    void a_reset_without_a_live_link_is_refused_with_a_sentence_and_counts_nothing() {
        Student s = student("FORGOTTEN_PASSWORD", 1);

        Response noToken = reset("{\"dateOfBirth\":\"1990-01-01\",\"newPassword\":\"Brand-new1\"}");
        Response oldShape = reset(
                "{\"email\":\"" + s.email() + "\",\"dateOfBirth\":\"1990-01-01\"," + "\"newPassword\":\"Brand-new1\"}");
        Response madeUp = reset(body("not-a-real-token", "1990-01-01"));
        Response madeUpAgain = reset(body("another-made-up-token", "1990-01-02"));
        Response madeUpThird = reset(body("a-third-made-up-token", "1990-01-03"));

        assertThat(noToken.status()).isEqualTo(422);
        assertThat(noToken.json().get("message").asText()).isEqualTo(PasswordReset.NO_TOKEN);
        assertThat(noToken.json().get("details").get(0).asText()).isEqualTo("token");
        assertThat(oldShape.status()).as("the old shape, email without a link").isEqualTo(400);
        assertThat(oldShape.json().get("message").asText()).contains("'email'");
        assertThat(madeUp.status()).isEqualTo(404);
        assertThat(madeUp.json().get("message").asText()).isEqualTo(PasswordReset.NO_LINK);
        assertThat(madeUpAgain.status()).isEqualTo(404);
        assertThat(madeUpThird.status()).isEqualTo(404);
        Student after = reload(s);
        assertThat(after.status()).isEqualTo("FORGOTTEN_PASSWORD");
        assertThat(after.resetFailures()).isZero();
    }

    @Test
    void three_wrong_dates_of_birth_with_a_live_link_lock_the_account() {
        Student s = student("FORGOTTEN_PASSWORD", 2);
        String token = linkFor(s.email());

        Response first = reset(body(token, "1990-03-01"));
        Response second = reset(body(token, "1990-03-02"));
        Response third = reset(body(token, "1990-03-03"));

        assertThat(first.status()).isEqualTo(422);
        assertThat(first.json().get("message").asText()).contains("date of birth", "2 attempts left");
        assertThat(second.json().get("message").asText()).contains("1 attempt left");
        assertThat(third.status()).isEqualTo(409);
        assertThat(third.json().get("message").asText()).isEqualTo(StudentSelf.LOCKED_TEXT);
        assertThat(reload(s).status()).isEqualTo("LOCKED");
        assertThat(reset(body(token, s.dob())).status())
                .as("the link of a locked account works no more")
                .isEqualTo(404);
    }

    @Test
    void a_link_is_refused_after_an_hour_and_counts_nothing() {
        Student s = student("FORGOTTEN_PASSWORD", 3);
        String token = linkFor(s.email());

        clock.advance(ResetLinks.LIFETIME.plusSeconds(1));
        Response late = reset(body(token, s.dob()));

        assertThat(late.status()).isEqualTo(404);
        assertThat(late.json().get("message").asText()).isEqualTo(PasswordReset.NO_LINK);
        assertThat(reload(s).status()).isEqualTo("FORGOTTEN_PASSWORD");
        assertThat(reload(s).resetFailures()).isZero();
    }

    @Test
    void a_new_request_makes_the_older_link_stop_working() {
        Student s = student("FORGOTTEN_PASSWORD", 4);
        String older = linkFor(s.email());
        String newer = linkFor(s.email());

        Response withOlder = reset(body(older, s.dob()));
        Response withNewer = reset(body(newer, s.dob()));

        assertThat(older).isNotEqualTo(newer);
        assertThat(withOlder.status()).isEqualTo(404);
        assertThat(withNewer.status()).isEqualTo(200);
    }

    @Test
    void the_right_date_of_birth_sets_the_password_and_the_link_cannot_be_used_again() {
        Student s = student("FORGOTTEN_PASSWORD", 5);
        StudentAuthClient client = new StudentAuthClient(
                new AdminClient(api.base(), HttpClient.newHttpClient(), Json.mapper()).as(null, "web"));
        assertThat(client.requestPasswordReset(s.email()).message()).isEqualTo(ResetLinks.SENT);
        String token = tokenIn(latestEmail(s.email()));

        StudentModels.StudentSession session = client.resetPassword(token, s.dob(), "Brand-new1");
        Response again = reset(body(token, s.dob()));

        assertThat(session.student().status()).isEqualTo("ACTIVE");
        assertThat(login(s.email(), "Brand-new1").status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(404);
        assertThat(storedLinks(token)).as("only the token's SHA-256 is stored").isEqualTo(1);
        assertThat(auditMentions(token))
                .as("the token never reaches the audit log")
                .isZero();
        assertThat(auditCount(s.id(), "STUDENT_PASSWORD_RESET")).isEqualTo(1);
    }

    @Test
    void a_new_password_ends_the_sessions_opened_before_it() {
        Student s = student("FORGOTTEN_PASSWORD", 6);
        String first =
                reset(body(linkFor(s.email()), s.dob())).json().get("token").asText();
        assertThat(http.get("/api/v1/me/student", first).status()).isEqualTo(200);

        String second =
                reset(body(linkFor(s.email()), s.dob())).json().get("token").asText();

        assertThat(http.get("/api/v1/me/student", first).status())
                .as("the session opened before the new password")
                .isEqualTo(401);
        assertThat(http.get("/api/v1/me/student", second).status()).isEqualTo(200);
        assertThat(count(
                        "select count(*) from audit_log where action = 'STUDENT_PASSWORD_RESET' "
                                + "and target_id = :v and after_state ->> 'sessionsEnded' = '1'",
                        String.valueOf(s.id())))
                .isEqualTo(1);
    }

    @Test
    void a_locked_student_who_asks_gets_an_email_saying_what_to_do_and_no_link() {
        Student s = student("LOCKED", 0);

        Response asked = requestLink(s.email());

        assertThat(asked.status()).isEqualTo(202);
        assertThat(asked.json().get("message").asText()).isEqualTo(ResetLinks.SENT);
        assertThat(latestEmail(s.email())).contains(StudentSelf.LOCKED_TEXT).doesNotContainPattern(LINK);
        assertThat(auditCount(s.id(), "STUDENT_PASSWORD_RESET_LINK_REFUSED")).isEqualTo(1);
    }

    @Test
    void a_request_that_is_not_an_email_address_is_refused_with_a_sentence() {
        Response response = requestLink("<b>not an address</b>");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("details").get(0).asText()).isEqualTo("email");
        assertThat(response.json().get("message").asText()).contains("email address");
    }

    private Student student(String status, int nth) {
        return jdbi.withHandle(h -> h.createQuery("select s.id, s.email, s.date_of_birth::text, s.status, "
                        + "s.reset_failures from students s join centres c on c.id = s.centre_id "
                        + "where c.number = '40123' and s.status = :status and s.email is not null "
                        + "order by s.id offset :nth limit 1")
                .bind("status", status)
                .bind("nth", nth)
                .map((rs, ctx) ->
                        new Student(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
                .one());
    }

    private Student reload(Student s) {
        return jdbi.withHandle(h -> h.createQuery("select s.id, s.email, s.date_of_birth::text, s.status, "
                        + "s.reset_failures from students s where s.id = :id")
                .bind("id", s.id())
                .map((rs, ctx) ->
                        new Student(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
                .one());
    }

    private Response requestLink(String email) {
        return http.post("/api/v1/student-auth/password-resets", "{\"email\":\"" + email + "\"}", null);
    }

    private String linkFor(String email) {
        assertThat(requestLink(email).status()).isEqualTo(202);
        return tokenIn(latestEmail(email));
    }

    private static String tokenIn(String email) {
        Matcher m = LINK.matcher(email);
        assertThat(m.find()).as("a forgotten-password link in " + email).isTrue();
        return m.group(1);
    }

    private Response reset(String json) {
        return http.post("/api/v1/student-auth/forgotten-password", json, null);
    }

    private static String body(String token, String dob) {
        return "{\"token\":\"" + token + "\",\"dateOfBirth\":\"" + dob + "\",\"newPassword\":\"Brand-new1\"}";
    }

    private Response login(String email, String password) {
        return http.post(
                "/api/v1/student-auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", null);
    }

    private String latestEmail(String to) {
        return jdbi.withHandle(h -> h.createQuery("select subject || E'\\n' || body from outbox where recipient = :to "
                        + "order by id desc limit 1")
                .bind("to", to)
                .mapTo(String.class)
                .one());
    }

    private long emailsTo(String to) {
        return count("select count(*) from outbox where lower(recipient) = lower(:v)", to);
    }

    private long auditMentions(String token) {
        return count(
                "select count(*) from audit_log where coalesce(after_state::text, '') || coalesce(before_state::text, '') like '%' || :v || '%'",
                token);
    }

    private long storedLinks(String token) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from student_password_resets where token_hash = :h")
                .bind("h", Tokens.hash(token))
                .mapTo(Long.class)
                .one());
    }

    private long auditCount(long id, String action) {
        return jdbi.withHandle(
                h -> h.createQuery("select count(*) from audit_log where target_type = 'student' and target_id = :id "
                                + "and action = :a")
                        .bind("id", String.valueOf(id))
                        .bind("a", action)
                        .mapTo(Long.class)
                        .one());
    }

    private long count(String sql, String value) {
        return jdbi.withHandle(
                h -> h.createQuery(sql).bind("v", value).mapTo(Long.class).one());
    }
}

package org.examdesk.admin.studentauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.examdesk.admin.accounts.Role;
import org.examdesk.admin.testing.TestCallers;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestHttp.Response;
import org.examdesk.admin.testing.TestServer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every status of domain section 1 reached through the student side, and fixed through the staff side. */
class StudentLifecycleIT {
    private static final Pattern RESET_LINK = Pattern.compile("student/reset-password\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern CODE = Pattern.compile("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
    private static TestServer api;
    private static TestHttp http;
    private static Jdbi jdbi;
    private static TestCallers callers;
    private static String officer;

    @BeforeAll
    static void start() {
        api = new TestServer().start();
        http = api.http();
        jdbi = api.jdbi();
        callers = api.callers();
        officer = callers.staff(Role.EXAMS_OFFICER, "40123");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    record Student(long id, String dob, String uci) {}

    static Student student(String status, int nth) {
        return jdbi.withHandle(h -> h.createQuery("select s.id, s.date_of_birth::text, s.uci from students s "
                        + "join centres c on c.id = s.centre_id where c.number = '40123' and s.status = :status "
                        + "order by s.id offset :nth limit 1")
                .bind("status", status)
                .bind("nth", nth)
                .map((rs, ctx) -> new Student(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .one());
    }

    static String latestBody(String to) {
        return jdbi.withHandle(
                h -> h.createQuery("select body from outbox where recipient = :to order by id desc " + "limit 1")
                        .bind("to", to)
                        .mapTo(String.class)
                        .one());
    }

    static String latestCode(String to) {
        Matcher m = CODE.matcher(latestBody(to));
        assertThat(m.find()).as("an activation code in the email").isTrue();
        return m.group();
    }

    static String status(long id) {
        return http.get("/api/v1/students/" + id, officer)
                .json()
                .at("/student/status")
                .asText();
    }

    static Response activate(String code, String dob, String password) {
        return http.post(
                "/api/v1/student-auth/activate",
                "{\"code\":\"" + code + "\",\"dateOfBirth\":\"" + dob + "\",\"password\":\"" + password + "\"}",
                null);
    }

    @Test
    void a_student_goes_through_every_status_and_staff_fix_each_one() {
        Student s = student("NOT_ACTIVATED", 0);
        String email = "life.cycle@pupils.example";
        assertThat(http.put("/api/v1/students/" + s.id() + "/email", "{\"email\":\"" + email + "\"}", officer)
                        .status())
                .isEqualTo(200);
        String firstCode = latestCode(email);

        // three wrong dates of birth: FAILED_ACTIVATION
        assertThat(activate(firstCode, "1990-01-01", "Secret-pass1").status()).isEqualTo(422);
        assertThat(activate(firstCode, "1990-01-02", "Secret-pass1").status()).isEqualTo(422);
        Response third = activate(firstCode, "1990-01-03", "Secret-pass1");
        assertThat(third.status()).isEqualTo(409);
        assertThat(third.json().get("message").asText()).contains("failed activation attempts");
        assertThat(status(s.id())).isEqualTo("FAILED_ACTIVATION");

        // staff reactivate: a new code, and the old one no longer works
        assertThat(http.post("/api/v1/students/" + s.id() + "/reactivate", null, officer)
                        .status())
                .isEqualTo(200);
        String secondCode = latestCode(email);
        assertThat(secondCode).isNotEqualTo(firstCode);
        assertThat(activate(firstCode, s.dob(), "Secret-pass1").status()).isEqualTo(404);
        Response activated = activate(secondCode, s.dob(), "Secret-pass1");
        assertThat(activated.status()).isEqualTo(201);
        assertThat(activated.json().at("/student/status").asText()).isEqualTo("ACTIVE");
        assertThat(activate(secondCode, s.dob(), "Secret-pass1").status())
                .as("codes are single-use")
                .isEqualTo(404);

        // three wrong passwords: FORGOTTEN_PASSWORD
        for (int i = 0; i < 2; i++) {
            assertThat(login(email, "Wrong-pass" + i).status()).isEqualTo(401);
        }
        assertThat(login(email, "Wrong-pass2").json().get("message").asText()).contains("forgotten-password");
        assertThat(status(s.id())).isEqualTo("FORGOTTEN_PASSWORD");
        assertThat(http.post("/api/v1/students/" + s.id() + "/reactivate", null, officer)
                        .status())
                .isEqualTo(409);

        // three failed forgotten-password attempts (wrong date of birth through the emailed link): LOCKED
        String link = resetToken(email);
        for (int i = 0; i < 3; i++) {
            reset(link, "1990-02-0" + (i + 1), "Another-pass1");
        }
        assertThat(status(s.id())).isEqualTo("LOCKED");
        assertThat(reset(link, s.dob(), "Another-pass1").status()).isEqualTo(404);
        assertThat(requestReset(email).status()).isEqualTo(202);
        assertThat(latestBody(email)).contains("failed attempts to reset").doesNotContain("reset-password?token=");

        // staff reactivate again; the student activates and signs in
        assertThat(http.post("/api/v1/students/" + s.id() + "/reactivate", null, officer)
                        .status())
                .isEqualTo(200);
        assertThat(activate(latestCode(email), s.dob(), "Third-pass1").status()).isEqualTo(201);
        Response signedIn = login(email, "Third-pass1");
        assertThat(signedIn.status()).isEqualTo(201);
        assertThat(http.get("/api/v1/me/student", signedIn.json().get("token").asText())
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("ACTIVE");
        long audited = jdbi.withHandle(h -> h.createQuery(
                        "select count(*) from audit_log where target_type = 'student' " + "and target_id = :id")
                .bind("id", String.valueOf(s.id()))
                .mapTo(Long.class)
                .one());
        assertThat(audited).isGreaterThanOrEqualTo(14);
    }

    @Test
    void the_forgotten_password_process_unlocks_an_account_with_the_right_date_of_birth() {
        Student s = student("FORGOTTEN_PASSWORD", 0);
        String email = jdbi.withHandle(h -> h.createQuery("select email from students where id = :id")
                .bind("id", s.id())
                .mapTo(String.class)
                .one());

        Response response = reset(resetToken(email), s.dob(), "Brand-new1");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().at("/student/status").asText()).isEqualTo("ACTIVE");
        assertThat(login(email, "Brand-new1").status()).isEqualTo(201);
    }

    @Test
    void a_weak_password_is_refused_naming_the_rule() {
        Response response = activate("ABCD-EFGH-JKLM", "2010-01-01", "short");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("details").get(0).asText()).isEqualTo("password");
        assertThat(response.json().get("message").asText())
                .contains("upper-case")
                .contains("digit");
    }

    @Test
    void the_identity_check_gives_a_session_limited_to_the_students_own_account() {
        Student s = student("FAILED_ACTIVATION", 0);
        String email = jdbi.withHandle(h -> h.createQuery("select email from students where id = :id")
                .bind("id", s.id())
                .mapTo(String.class)
                .one());
        String bot = callers.service();

        Response checked = identity(bot, email, s.dob(), s.uci().toLowerCase());

        assertThat(checked.status()).isEqualTo(201);
        String token = checked.json().get("token").asText();
        Response me = http.get("/api/v1/me/student", token);
        assertThat(me.json().get("status").asText()).isEqualTo("FAILED_ACTIVATION");
        assertThat(me.json().get("canDo").get(0).get("action").asText()).isEqualTo("ASK_EXAMS_OFFICER");
        assertThat(http.get("/api/v1/students/" + s.id(), token).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/me", token).json().get("kind").asText()).isEqualTo("STUDENT");
    }

    @Test
    void three_failed_identity_checks_lock_the_check_even_for_the_right_details() {
        Student s = student("ACTIVE", 0);
        String email = jdbi.withHandle(h -> h.createQuery("select email from students where id = :id")
                .bind("id", s.id())
                .mapTo(String.class)
                .one());
        String bot = callers.service();

        for (int i = 0; i < 3; i++) {
            assertThat(identity(bot, email, "2001-01-0" + (i + 1), s.uci()).status())
                    .isEqualTo(422);
        }
        Response locked = identity(bot, email, s.dob(), s.uci());

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.json().get("message").asText()).contains("15 minutes");
    }

    @Test
    void a_student_who_has_not_activated_can_have_the_welcome_email_sent_again() {
        Student s = student("NOT_ACTIVATED", 1);
        String email = jdbi.withHandle(h -> h.createQuery("select email from students where id = :id")
                .bind("id", s.id())
                .mapTo(String.class)
                .one());
        String token = callers.student(s.id());

        Response resent = http.post("/api/v1/me/student/resend-email", null, token);

        assertThat(resent.status()).isEqualTo(200);
        assertThat(activate(latestCode(email), s.dob(), "Resent-pass1").status())
                .isEqualTo(201);
        assertThat(http.post("/api/v1/me/student/resend-email", null, token).status())
                .isEqualTo(409);
    }

    private static Response login(String email, String password) {
        return http.post(
                "/api/v1/student-auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", null);
    }

    private static Response requestReset(String email) {
        return http.post("/api/v1/student-auth/password-resets", "{\"email\":\"" + email + "\"}", null);
    }

    /** Asks for a forgotten-password link and answers the token of the link emailed. */
    private static String resetToken(String email) {
        assertThat(requestReset(email).status()).isEqualTo(202);
        Matcher m = RESET_LINK.matcher(latestBody(email));
        assertThat(m.find()).as("a forgotten-password link in the email").isTrue();
        return m.group(1);
    }

    private static Response reset(String token, String dob, String password) {
        return http.post(
                "/api/v1/student-auth/forgotten-password",
                "{\"token\":\"" + token + "\",\"dateOfBirth\":\"" + dob + "\",\"newPassword\":\"" + password + "\"}",
                null);
    }

    private static Response identity(String bot, String email, String dob, String uci) {
        return http.post(
                "/api/v1/student-auth/identity-check",
                "{\"email\":\"" + email + "\",\"dateOfBirth\":\"" + dob + "\",\"uci\":\"" + uci + "\"}",
                bot);
    }
}

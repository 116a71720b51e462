package org.examdesk.admin.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.FromAddress;
import org.examdesk.admin.testing.FromAddress.Answer;
import org.examdesk.admin.testing.MutableClock;
import org.examdesk.admin.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Wrong guesses slow down the address that makes them, at the account they are aimed at, and nobody else; and the
 * answers do not tell an existing account from an unknown one. Clients at different loopback addresses play the
 * stranger and the owner; the clock is the server's, moved by the test.
 */
class SignInThrottlingIT {
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));

    @RegisterExtension
    static final TestServer api = new TestServer().clock(CLOCK);

    @Test
    void a_stranger_guessing_a_staff_password_is_slowed_down_while_the_owner_signs_in_from_elsewhere() {
        FromAddress stranger = new FromAddress(api.base(), "127.0.0.2");
        FromAddress owner = new FromAddress(api.base(), "127.0.0.3");

        for (int i = 0; i < SignInGuard.FREE_FAILURES; i++) {
            assertThat(staff(stranger, "admin@examdesk.example", "wrong-" + i).status())
                    .isEqualTo(401);
        }
        Answer held = staff(stranger, "admin@examdesk.example", DemoData.PASSWORD);
        Answer ownerAnswer = staff(owner, "admin@examdesk.example", DemoData.PASSWORD);

        assertThat(held.status()).isEqualTo(429);
        assertThat(held.headers()).containsEntry("retry-after", "1");
        assertThat(held.json().get("message").asText())
                .isEqualTo("Too many wrong attempts. Wait 1 second and try again.");
        assertThat(ownerAnswer.status())
                .as("the owner at another address is not refused")
                .isEqualTo(201);
    }

    @Test
    void the_wait_doubles_with_each_further_wrong_guess_and_ends_when_it_has_passed() {
        FromAddress stranger = new FromAddress(api.base(), "127.0.0.4");
        for (int i = 0; i < SignInGuard.FREE_FAILURES; i++) {
            staff(stranger, "nominee@riverside.example", "wrong-" + i);
        }
        CLOCK.advance(Duration.ofSeconds(1));
        assertThat(staff(stranger, "nominee@riverside.example", "wrong-again").status())
                .isEqualTo(401);

        Answer held = staff(stranger, "nominee@riverside.example", DemoData.PASSWORD);
        CLOCK.advance(Duration.ofSeconds(2));
        Answer afterTheWait = staff(stranger, "nominee@riverside.example", DemoData.PASSWORD);

        assertThat(held.headers()).containsEntry("retry-after", "2");
        assertThat(afterTheWait.status()).isEqualTo(201);
    }

    @Test
    void an_unknown_staff_username_is_answered_exactly_like_a_known_one() {
        List<String> known = answers(new FromAddress(api.base(), "127.0.0.5"), "officer@hillside.example");
        List<String> unknown = answers(new FromAddress(api.base(), "127.0.0.6"), "nobody@hillside.example");

        assertThat(unknown).isEqualTo(known);
        assertThat(known.get(known.size() - 1)).startsWith("429 1 ");
    }

    @Test
    void a_student_wrong_password_gets_one_answer_whatever_the_account() {
        FromAddress client = new FromAddress(api.base(), "127.0.0.7");
        String active = studentEmail("ACTIVE");
        String notActivated = studentEmail("NOT_ACTIVATED");

        Answer unknown = student(client, "no-such-student@example.org", "Some-pass1");
        Answer neverActivated = student(client, notActivated, "Some-pass1");
        Answer wrongPassword = student(client, active, "Some-pass1");

        for (Answer a : List.of(neverActivated, wrongPassword)) {
            assertThat(a.status()).isEqualTo(unknown.status()).isEqualTo(401);
            assertThat(a.json().get("message").asText())
                    .isEqualTo(unknown.json().get("message").asText());
        }
        assertThat(unknown.json().get("message").asText()).contains("forgotten-password link");
    }

    @Test
    void the_candidate_sign_in_is_slowed_down_after_a_few_wrong_passwords() {
        FromAddress client = new FromAddress(api.base(), "127.0.0.8");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            statuses.add(client.post(
                            "/api/v1/candidate-auth/login",
                            "{\"username\":\"CAND0001\",\"password\":\"Wrong-" + i + "\"}")
                    .status());
        }

        assertThat(statuses.subList(0, SignInGuard.FREE_FAILURES)).containsOnly(401);
        assertThat(statuses.subList(SignInGuard.FREE_FAILURES, statuses.size())).containsOnly(429);
    }

    /** Status, Retry-After and message of six wrong sign-ins in a row. */
    private static List<String> answers(FromAddress client, String username) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i <= SignInGuard.FREE_FAILURES; i++) {
            Answer a = staff(client, username, "wrong-" + i);
            out.add(a.status() + " " + a.headers().get("retry-after") + " "
                    + a.json().get("message").asText());
        }
        return out;
    }

    private static Answer staff(FromAddress client, String username, String password) {
        return client.post("/api/v1/sessions", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }

    private static Answer student(FromAddress client, String email, String password) {
        return client.post(
                "/api/v1/student-auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }

    private static String studentEmail(String status) {
        return api.jdbi().withHandle(h -> h.createQuery(
                        "select email from students where status = :status and email is not null order by id limit 1")
                .bind("status", status)
                .mapTo(String.class)
                .one());
    }
}

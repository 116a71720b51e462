package org.examdesk.admin.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.examdesk.admin.accounts.Role;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestHttp.Response;
import org.examdesk.admin.testing.TestServer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VerificationCodesIT {
    private static TestServer api;
    private static TestHttp http;
    private static Jdbi jdbi;
    private static String officer;

    @BeforeAll
    static void start() {
        api = new TestServer().start();
        http = api.http();
        jdbi = api.jdbi();
        officer = api.callers().staff(Role.EXAMS_OFFICER, "40123");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    static List<String[]> lines(Response response) {
        return response.body()
                .replace("\uFEFF", "")
                .lines()
                .map(l -> l.split(","))
                .toList();
    }

    static Response export(String body) {
        return http.post("/api/v1/series/june-2026/verification-codes", body, officer);
    }

    @Test
    void the_export_creates_accounts_for_entered_candidates_without_one_and_their_codes_activate_them() {
        assertThat(export("{}").status()).isEqualTo(422);
        assertThat(http.post(
                                "/api/v1/series/june-2031/verification-codes",
                                "{\"responsibilityAccepted\":true}",
                                officer)
                        .status())
                .isEqualTo(404);

        Response first = export("{\"responsibilityAccepted\":true}");

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.header("Content-Type")).startsWith("text/csv");
        List<String[]> rows = lines(first);
        assertThat(rows.get(0))
                .containsExactly("Forename", "Surname", "UCI", "Verification code", "Activation URL", "Code expires");
        assertThat(rows).hasSize(41);
        String[] row = rows.get(1);
        assertThat(row[4]).endsWith("activate?code=" + row[3]);
        assertThat(lines(export("{\"responsibilityAccepted\":true}")))
                .as("nobody is left without an account")
                .hasSize(1);
        String dob = jdbi.withHandle(h -> h.createQuery("select date_of_birth::text from students where uci = :uci")
                .bind("uci", row[2])
                .mapTo(String.class)
                .one());
        long plainCodes = jdbi.withHandle(
                h -> h.createQuery("select count(*) from audit_log where after_state::text " + "like :code")
                        .bind("code", "%" + row[3] + "%")
                        .mapTo(Long.class)
                        .one());
        assertThat(plainCodes).isZero();

        Response noEmail = activate(row[3], dob, null);
        assertThat(noEmail.status()).isEqualTo(422);
        assertThat(noEmail.json().at("/details/0").asText()).isEqualTo("email");
        Response activated = activate(row[3], dob, "exported@pupils.example");
        assertThat(activated.status()).isEqualTo(201);
        assertThat(activated.json().at("/student/email").asText()).isEqualTo("exported@pupils.example");

        Response reissued = export("{\"responsibilityAccepted\":true,\"reissue\":true}");
        long stillWaiting = jdbi.withHandle(h -> h.createQuery(
                        "select count(*) from students s join centres c "
                                + "on c.id = s.centre_id where c.number = '40123' and s.created_by = 'export' and s.status = 'NOT_ACTIVATED'")
                .mapTo(Long.class)
                .one());
        assertThat(lines(reissued)).hasSize((int) stillWaiting + 1);
        String[] other = rows.get(2);
        assertThat(reissued.body()).contains(other[2]).doesNotContain(row[2]);
        String otherDob =
                jdbi.withHandle(h -> h.createQuery("select date_of_birth::text from students where uci = :uci")
                        .bind("uci", other[2])
                        .mapTo(String.class)
                        .one());
        assertThat(activate(other[3], otherDob, "old@pupils.example").status())
                .as("old code void")
                .isEqualTo(404);
    }

    private static Response activate(String code, String dob, String email) {
        return http.post(
                "/api/v1/student-auth/activate",
                "{\"code\":\"" + code + "\",\"dateOfBirth\":\"" + dob + "\",\"password\":\"Exported-1\""
                        + (email == null ? "" : ",\"email\":\"" + email + "\"") + "}",
                null);
    }
}

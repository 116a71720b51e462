package org.examdesk.admin.students;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.examdesk.admin.accounts.Role;
import org.examdesk.admin.testing.TestCallers;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestHttp.Response;
import org.examdesk.admin.testing.TestServer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StudentsIT {
    private static TestServer api;
    private static TestHttp http;
    private static Jdbi jdbi;
    private static String officer;
    private static String hillsideOfficer;
    private static String agent;

    @BeforeAll
    static void start() {
        api = new TestServer().start();
        http = api.http();
        jdbi = api.jdbi();
        officer = api.callers().staff(Role.EXAMS_OFFICER, "40123");
        hillsideOfficer = api.callers().staff(Role.EXAMS_OFFICER, "40456");
        agent = api.callers().staff(Role.SUPPORT_AGENT, null);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    /** A Riverside student in {@code status} not used by another test (each test takes the next one). */
    static long riversideStudent(String status, int nth) {
        return jdbi.withHandle(h -> h.createQuery("select s.id from students s join centres c on c.id = s.centre_id "
                        + "where c.number = '40123' and s.status = :status and s.email is not null and s.mock_permission "
                        + "and s.high_stakes_permission order by s.id offset :nth limit 1")
                .bind("status", status)
                .bind("nth", nth)
                .mapTo(Long.class)
                .one());
    }

    static int outboxCount(String to) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from outbox where lower(recipient) = lower(:to)")
                .bind("to", to)
                .mapTo(Integer.class)
                .one());
    }

    static int auditCount(long studentId, String action) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from audit_log where target_type = 'student' "
                        + "and target_id = :id and action = :action")
                .bind("id", String.valueOf(studentId))
                .bind("action", action)
                .mapTo(Integer.class)
                .one());
    }

    @Test
    void a_search_finds_only_students_of_the_callers_centre() {
        Response response = http.get("/api/v1/students?surname=pat&size=200", officer);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("total").asLong()).isGreaterThan(0);
        response.json().get("items").forEach(item -> {
            assertThat(item.at("/centre/number").asText()).isEqualTo("40123");
            assertThat(item.get("surname").asText()).startsWith("Pat");
        });
        String riversideUci = response.json().at("/items/0/uci").asText();
        Response elsewhere = http.get("/api/v1/students?uci=" + riversideUci, hillsideOfficer);
        assertThat(elsewhere.json().get("total").asLong()).isZero();
    }

    @Test
    void filters_combine_and_page() {
        Response response = http.get(
                "/api/v1/students?status=LOCKED,FAILED_ACTIVATION&schoolYear=11&sort=-createdAt" + "&page=2&size=5",
                officer);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("items")).hasSize(5);
        response.json().get("items").forEach(item -> {
            assertThat(item.get("status").asText()).isIn("LOCKED", "FAILED_ACTIVATION");
            assertThat(item.get("schoolYear").asInt()).isEqualTo(11);
        });
        String first = response.json().at("/items/0/createdAt").asText();
        String last = response.json().at("/items/4/createdAt").asText();
        assertThat(first.compareTo(last)).isGreaterThanOrEqualTo(0);
    }

    @Test
    void an_agents_name_search_across_centres_counts_every_match_and_pages_in_name_order() {
        long expected = jdbi.withHandle(h -> h.createQuery(
                        "select count(*) from students where lower(surname) like 's%' and lower(forename) like 'a%'")
                .mapTo(Long.class)
                .one());
        java.util.List<String> names = new java.util.ArrayList<>();
        java.util.Set<Long> ids = new java.util.HashSet<>();
        java.util.Set<String> centres = new java.util.HashSet<>();
        for (int page = 1; page <= (expected + 4) / 5; page++) {
            Response response = http.get("/api/v1/students?surname=S&forename=a&size=5&page=" + page, agent);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("total").asLong()).isEqualTo(expected);
            response.json().get("items").forEach(item -> {
                assertThat(ids.add(item.get("id").asLong())).isTrue();
                names.add((item.get("surname").asText() + "\u0000"
                                + item.get("forename").asText())
                        .toLowerCase());
                centres.add(item.at("/centre/number").asText());
            });
        }

        assertThat(expected).isGreaterThan(10);
        assertThat(ids).hasSize((int) expected);
        assertThat(names).isSorted();
        assertThat(centres).contains("40123", "40456");
    }

    @Test
    void filter_values_with_sql_or_pattern_characters_are_plain_data() {
        for (String value : new String[] {"%25", "_", "%27%20or%201%3D1%20--", ".*", "%5C"}) {
            Response response = http.get("/api/v1/students?surname=" + value, officer);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("total").asLong()).as(value).isZero();
        }
    }

    @Test
    void a_bad_filter_value_is_a_422_naming_the_parameter() {
        Response response = http.get("/api/v1/students?dob=31/02/2010&status=SLEEPING&sort=password", officer);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("details"))
                .extracting(d -> d.asText())
                .containsExactlyInAnyOrder("dob", "status", "sort");
    }

    @Test
    void a_student_of_another_centre_looks_exactly_like_one_that_does_not_exist() {
        long riverside = riversideStudent("ACTIVE", 0);

        Response other = http.get("/api/v1/students/" + riverside, hillsideOfficer);
        Response missing = http.get("/api/v1/students/99999999", hillsideOfficer);

        assertThat(other.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(other.json().get("message").asText())
                .isEqualTo(missing.json().get("message").asText().replace("99999999", String.valueOf(riverside)));
    }

    @Test
    void a_failed_activation_is_diagnosed_with_the_fixes_the_officer_may_apply() {
        long id = riversideStudent("FAILED_ACTIVATION", 0);

        Response response = http.get("/api/v1/students/" + id, officer);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().at("/student/status").asText()).isEqualTo("FAILED_ACTIVATION");
        assertThat(response.json().at("/diagnosis/meaning").asText()).contains("failed activation attempts");
        assertThat(response.json().at("/diagnosis/fixes"))
                .extracting(f -> f.get("action").asText())
                .containsExactly("CHANGE_EMAIL", "REACTIVATE", "OPEN_CASE");
        assertThat(response.json().at("/diagnosis/warnings"))
                .extracting(w -> w.get("code").asText())
                .contains("DATE_OF_BIRTH_FROM_ENTRY");
    }

    @Test
    void an_agent_sees_the_diagnosis_but_no_fixes_it_may_not_apply() {
        long id = riversideStudent("LOCKED", 0);

        Response response = http.get("/api/v1/students/" + id, agent);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().at("/diagnosis/fixes")).isEmpty();
    }

    @Test
    void forgotten_password_needs_no_staff_action() {
        long id = riversideStudent("FORGOTTEN_PASSWORD", 0);

        Response response = http.get("/api/v1/students/" + id, officer);

        assertThat(response.json().at("/diagnosis/fixes")).isEmpty();
        assertThat(response.json().at("/diagnosis/checks/0").asText()).contains("forgotten-password link");
    }

    @Test
    void changing_the_email_of_an_unactivated_student_sends_a_new_welcome_email_and_is_audited() {
        long id = riversideStudent("NOT_ACTIVATED", 0);

        Response response =
                http.put("/api/v1/students/" + id + "/email", "{\"email\":\"new.address@pupils.example\"}", officer);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().at("/student/email").asText()).isEqualTo("new.address@pupils.example");
        assertThat(response.json().get("message").asText()).contains("welcome email");
        assertThat(outboxCount("new.address@pupils.example")).isEqualTo(1);
        assertThat(auditCount(id, "STUDENT_EMAIL_CHANGED")).isEqualTo(1);
        String body = jdbi.withHandle(h -> h.createQuery("select body from outbox where recipient = :to")
                .bind("to", "new.address@pupils.example")
                .mapTo(String.class)
                .one());
        assertThat(body).containsPattern("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}").contains("activate?code=");
        String audit =
                jdbi.withHandle(h -> h.createQuery("select after_state::text from audit_log where target_id = :id")
                        .bind("id", String.valueOf(id))
                        .mapTo(String.class)
                        .one());
        assertThat(audit).doesNotContainPattern("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
    }

    @Test
    void an_invalid_email_is_a_422_naming_the_field() {
        long id = riversideStudent("NOT_ACTIVATED", 1);

        Response response = http.put("/api/v1/students/" + id + "/email", "{\"email\":\"not an address\"}", officer);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("details").get(0).asText()).isEqualTo("email");
    }

    @Test
    void unknown_fields_are_rejected_by_name() {
        long id = riversideStudent("NOT_ACTIVATED", 1);

        Response response =
                http.put("/api/v1/students/" + id + "/email", "{\"email\":\"a@b.example\",\"emial\":\"x\"}", officer);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("message").asText()).contains("emial");
    }

    @Test
    void a_retried_change_with_the_same_idempotency_key_changes_nothing_twice() {
        long id = riversideStudent("NOT_ACTIVATED", 2);
        Map<String, String> key = Map.of("Idempotency-Key", "retry-test-0001");
        String body = "{\"email\":\"retried@pupils.example\"}";

        Response first = http.send("PUT", "/api/v1/students/" + id + "/email", body, officer, key);
        Response second = http.send("PUT", "/api/v1/students/" + id + "/email", body, officer, key);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json()).isEqualTo(first.json());
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(outboxCount("retried@pupils.example")).isEqualTo(1);
        assertThat(auditCount(id, "STUDENT_EMAIL_CHANGED")).isEqualTo(1);
        Response reused = http.send(
                "PUT", "/api/v1/students/" + id + "/email", "{\"email\":\"other@pupils.example\"}", officer, key);
        assertThat(reused.status()).isEqualTo(422);
    }

    @Test
    void only_failed_activation_or_locked_accounts_can_be_reactivated() {
        long active = riversideStudent("ACTIVE", 1);

        Response response = http.post("/api/v1/students/" + active + "/reactivate", null, officer);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("message").asText()).contains("already active");
    }

    @Test
    void reactivating_a_locked_account_resets_the_counters_and_emails_a_new_activation_link() {
        long id = riversideStudent("LOCKED", 1);
        String email = jdbi.withHandle(h -> h.createQuery("select email from students where id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .one());

        Response response = http.post("/api/v1/students/" + id + "/reactivate", null, officer);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().at("/student/status").asText()).isEqualTo("NOT_ACTIVATED");
        assertThat(response.json().at("/student/failures/login").asInt()).isZero();
        assertThat(response.json().at("/student/failures/forgottenPassword").asInt())
                .isZero();
        assertThat(outboxCount(email)).isEqualTo(1);
        assertThat(auditCount(id, "STUDENT_REACTIVATED")).isEqualTo(1);
    }

    @Test
    void removing_results_access_needs_an_exceptional_reason_and_returns_the_warning() {
        long id = riversideStudent("ACTIVE", 2);

        Response noReason =
                http.put("/api/v1/students/" + id + "/permissions", "{\"mock\":true,\"highStakes\":false}", officer);
        Response withReason = http.put(
                "/api/v1/students/" + id + "/permissions",
                "{\"mock\":true,\"highStakes\":false,\"reason\":\"welfare concern\"}",
                officer);

        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.json().get("details").get(0).asText()).isEqualTo("reason");
        assertThat(withReason.status()).isEqualTo(200);
        assertThat(withReason.json().get("warning").asText()).contains("no high-stakes results");
        assertThat(withReason.json().at("/student/permissions/highStakes").asBoolean())
                .isFalse();
        String audit =
                jdbi.withHandle(h -> h.createQuery("select after_state::text from audit_log where target_id = :id "
                                + "and action = 'STUDENT_PERMISSIONS_CHANGED'")
                        .bind("id", String.valueOf(id))
                        .mapTo(String.class)
                        .one());
        assertThat(audit).contains("WELFARE_CONCERN");
        Response diagnosis = http.get("/api/v1/students/" + id, officer);
        assertThat(diagnosis.json().at("/diagnosis/fixes"))
                .extracting(f -> f.get("action").asText())
                .containsExactly("GRANT_PERMISSIONS");
    }

    @Test
    void the_history_of_a_student_is_in_the_audit_and_the_email_in_the_outbox() {
        long id = riversideStudent("FAILED_ACTIVATION", 3);
        String admin = new TestCallers(jdbi).staff(Role.BOARD_ADMIN, null);
        http.send(
                "PUT",
                "/api/v1/students/" + id + "/email",
                "{\"email\":\"audited@pupils.example\"}",
                officer,
                Map.of("X-ExamDesk-Channel", "slack"));

        Response audit = http.get("/api/v1/audit?targetType=student&targetId=" + id, officer);
        Response elsewhere = http.get("/api/v1/audit?targetType=student&targetId=" + id, hillsideOfficer);
        Response outbox = http.get("/api/v1/outbox?to=AUDITED@pupils.example", admin);

        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.json().at("/items/0/action").asText()).isEqualTo("STUDENT_EMAIL_CHANGED");
        assertThat(audit.json().at("/items/0/channel").asText()).isEqualTo("api");
        assertThat(audit.json().at("/items/0/before/status").asText()).isEqualTo("FAILED_ACTIVATION");
        assertThat(audit.json().at("/items/0/after/email").asText()).isEqualTo("audited@pupils.example");
        assertThat(audit.json().at("/items/0/requestId").asText()).isNotBlank();
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(outbox.json().at("/items/0/subject").asText()).isEqualTo("Activate your student results account");
        assertThat(outbox.json().at("/items/0/sentAt").isNull()).isTrue();
    }

    @Test
    void the_audit_records_the_door_a_change_came_through_not_the_channel_a_client_names() {
        long viaPlainApi = riversideStudent("FAILED_ACTIVATION", 4);
        long viaWrongKey = riversideStudent("FAILED_ACTIVATION", 5);
        long viaSlack = riversideStudent("FAILED_ACTIVATION", 6);

        changeEmail(viaPlainApi, "plain@pupils.example", Map.of("X-ExamDesk-Channel", "slack"));
        changeEmail(
                viaWrongKey,
                "guessed@pupils.example",
                Map.of("X-ExamDesk-Channel", "web", "X-ExamDesk-Channel-Key", "guessed-key"));
        changeEmail(
                viaSlack,
                "slack@pupils.example",
                Map.of(
                        "X-ExamDesk-Channel",
                        "slack",
                        "X-ExamDesk-Channel-Key",
                        api.api().channelKey()));

        assertThat(auditChannel(viaPlainApi)).isEqualTo("api");
        assertThat(auditChannel(viaWrongKey)).isEqualTo("api");
        assertThat(auditChannel(viaSlack)).isEqualTo("slack");
    }

    private static void changeEmail(long id, String email, Map<String, String> headers) {
        Response changed = http.send(
                "PUT", "/api/v1/students/" + id + "/email", "{\"email\":\"" + email + "\"}", officer, headers);
        assertThat(changed.status()).isEqualTo(200);
    }

    private static String auditChannel(long id) {
        Response audit = http.get("/api/v1/audit?targetType=student&targetId=" + id, officer);
        return audit.json().at("/items/0/channel").asText();
    }
}

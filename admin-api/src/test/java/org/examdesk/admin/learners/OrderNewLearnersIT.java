package org.examdesk.admin.learners;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.examdesk.admin.accounts.Role;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestHttp.Response;
import org.examdesk.admin.testing.TestServer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Registration orders that create new learners in the same call: checked like uploaded learners, all or nothing. */
class OrderNewLearnersIT {
    private static final String TEACHING = "603/5836/0";
    /** A ULN with a valid check digit (1 x 10 = 10, 10 - 10 mod 11 = 0) that the tests put in the LRS table. */
    private static final String ULN = "1000000000";

    private static TestServer api;
    private static TestHttp http;
    private static Jdbi jdbi;
    private static String centreAdmin;

    @BeforeAll
    static void start() {
        api = new TestServer().start();
        http = api.http();
        jdbi = api.jdbi();
        centreAdmin = api.callers().staff(Role.CENTRE_ADMINISTRATOR, "40123");
        jdbi.useHandle(h -> h.execute(
                "insert into lrs_learners (uln, given_name, family_name, date_of_birth) values (?, 'Zoë', 'Łukasiewicz', ?)",
                ULN,
                LocalDate.of(2009, 5, 3)));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static String newLearner(String given, String family, String dob, String uln) {
        return "{\"newLearner\":{\"givenName\":" + quoted(given) + ",\"familyName\":" + quoted(family)
                + ",\"dateOfBirth\":" + quoted(dob) + ",\"gender\":\"Female\",\"uln\":" + quoted(uln)
                + "},\"courseStart\":\"2026-09-01\",\"courseEnd\":\"2027-06-30\"}";
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private static String order(String product, String... learners) {
        return "{\"products\":[\"" + product + "\"],\"learners\":[" + String.join(",", learners) + "]}";
    }

    private static long count(String sql, Object... args) {
        return jdbi.withHandle(h -> {
            var q = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) {
                q.bind(i, args[i]);
            }
            return q.mapTo(Long.class).one();
        });
    }

    private static long writes() {
        return count("select count(*) from learners")
                + count("select count(*) from registrations")
                + count("select count(*) from registration_orders");
    }

    @Test
    void a_preview_lists_the_new_learner_without_an_id_and_placing_creates_them_with_the_registration() {
        String body = order(TEACHING, newLearner("Zoë", "Łukasiewicz", "2009-05-03", ULN));
        long before = writes();

        Response preview = http.post("/api/v1/registration-orders?preview=true", body, centreAdmin);
        long afterPreview = writes();
        Response placed = http.post("/api/v1/registration-orders", body, centreAdmin);

        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        JsonNode line = preview.json().at("/products/0/learners/0");
        assertThat(line.get("learnerId").isNull()).isTrue();
        assertThat(line.get("newLearner").asBoolean()).isTrue();
        assertThat(line.get("name").asText()).isEqualTo("Zoë Łukasiewicz");
        assertThat(preview.json().get("totalPence").asLong()).isEqualTo(6_500);
        assertThat(afterPreview).isEqualTo(before);
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        long id = placed.json().at("/products/0/learners/0/learnerId").asLong();
        assertThat(placed.json().at("/products/0/learners/0/learnerRef").asText())
                .matches("L\\d{9}");
        JsonNode learner = http.get("/api/v1/learners/" + id, centreAdmin).json();
        assertThat(learner.at("/learner/uln").asText()).isEqualTo(ULN);
        assertThat(learner.at("/learner/gender").asText()).isEqualTo("FEMALE");
        assertThat(learner.at("/history/active/0/productReference").asText()).isEqualTo(TEACHING);
        assertThat(count(
                        "select count(*) from audit_log where action = 'LEARNER_CREATED' and target_id = ?",
                        String.valueOf(id)))
                .isEqualTo(1);
    }

    @Test
    void a_new_learner_with_fields_at_fault_refuses_the_order_naming_each_field_and_writes_nothing() {
        long before = writes();

        Response response = http.post(
                "/api/v1/registration-orders",
                order(
                        TEACHING,
                        newLearner("Ella", "", "2010-03-30", null),
                        newLearner("Oliver", "Brennan", "2009-07-12", "1000000001"),
                        newLearner("Zoe", "Lukasiewicz", "2009-03-05", ULN)),
                centreAdmin);

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().get("details").toString())
                .contains("learners[0].newLearner.familyName")
                .contains("learners[1].newLearner.uln")
                .contains("learners[2].newLearner.dateOfBirth");
        assertThat(response.json().get("message").asText())
                .contains("2009-03-05")
                .contains("2009-05-03");
        assertThat(writes()).isEqualTo(before);
    }

    @Test
    void a_new_learner_the_centre_already_has_is_a_conflict_naming_them() {
        LocalDate chloe = jdbi.withHandle(h -> h.createQuery("select date_of_birth from learners l join centres c on "
                        + "c.id = l.centre_id where c.number = '40123' and given_name = 'Chloe' and family_name = 'Evans' "
                        + "order by l.id desc limit 1")
                .mapTo(LocalDate.class)
                .one());
        long before = writes();

        Response response = http.post(
                "/api/v1/registration-orders",
                order(TEACHING, newLearner("Chloe", "Evans", chloe.toString(), null)),
                centreAdmin);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("message").asText())
                .contains("Chloe Evans")
                .contains("already a learner");
        assertThat(writes()).isEqualTo(before);
    }

    @Test
    void when_another_learner_of_the_order_is_refused_the_new_learner_is_not_created_either() {
        long chloe = jdbi.withHandle(h -> h.createQuery("select id from learners where given_name = 'Chloe' and "
                        + "family_name = 'Evans' order by id desc limit 1")
                .mapTo(Long.class)
                .one());
        long before = writes();

        Response response = http.post(
                "/api/v1/registration-orders",
                order(
                        "603/2960/8",
                        newLearner("Nia", "Fresh", "2010-01-01", null),
                        "{\"learnerId\":" + chloe + ",\"courseStart\":\"2026-09-01\",\"courseEnd\":\"2027-06-30\"}"),
                centreAdmin);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("message").asText()).contains("already registered");
        assertThat(writes()).isEqualTo(before);
        assertThat(count("select count(*) from learners where family_name = 'Fresh'"))
                .isZero();
    }
}

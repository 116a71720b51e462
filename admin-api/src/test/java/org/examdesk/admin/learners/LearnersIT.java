package org.examdesk.admin.learners;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.examdesk.admin.accounts.Role;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestHttp.Response;
import org.examdesk.admin.testing.TestServer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Learner management over HTTP on the demo data: products, learners, orders, amendments, results, and their scope. */
class LearnersIT {
    private static final String SPORT = "603/0456/1";
    private static final String TEACHING = "603/5836/0";

    private static TestServer api;
    private static TestHttp http;
    private static Jdbi jdbi;
    private static String centreAdmin;
    private static String assessor;
    private static String hillsideAdmin;
    private static String officer;
    private static String agent;

    @BeforeAll
    static void start() {
        api = new TestServer().start();
        http = api.http();
        jdbi = api.jdbi();
        centreAdmin = api.callers().staff(Role.CENTRE_ADMINISTRATOR, "40123");
        assessor = api.callers().staff(Role.ASSESSOR, "40123");
        hillsideAdmin = api.callers().staff(Role.CENTRE_ADMINISTRATOR, "40456");
        officer = api.callers().staff(Role.EXAMS_OFFICER, "40123");
        agent = api.callers().staff(Role.SUPPORT_AGENT, null);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    /** The {@code nth} learner at {@code centre} with no registration and no amendment (each test takes its own). */
    static long freshLearner(String centre, int nth) {
        return jdbi.withHandle(h -> h.createQuery("select l.id from learners l join centres c on c.id = l.centre_id "
                        + "where c.number = :centre and not exists (select 1 from registrations r where r.learner_id = l.id) "
                        + "and not exists (select 1 from learner_amendments a where a.learner_id = l.id) "
                        + "order by l.id offset :nth limit 1")
                .bind("centre", centre)
                .bind("nth", nth)
                .mapTo(Long.class)
                .one());
    }

    static long named(String given, String family) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select id from learners where given_name = :g and family_name = :f order by id desc limit 1")
                .bind("g", given)
                .bind("f", family)
                .mapTo(Long.class)
                .one());
    }

    static int count(String sql, Object... args) {
        return jdbi.withHandle(h -> {
            var q = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) {
                q.bind(i, args[i]);
            }
            return q.mapTo(Integer.class).one();
        });
    }

    static String order(String product, long learner, String start, String end) {
        return "{\"products\":[\"" + product + "\"],\"learners\":[{\"learnerId\":" + learner + ",\"courseStart\":\""
                + start + "\",\"courseEnd\":\"" + end + "\"}],\"poNumber\":\"PO-777\"}";
    }

    static int writes() {
        return count("select count(*) from registration_orders") + count("select count(*) from registrations");
    }

    @Test
    void products_lists_only_approved_in_date_products_matching_the_text() {
        Response all = http.get("/api/v1/products", centreAdmin);
        Response sport = http.get("/api/v1/products?q=Sport", assessor);

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json()).hasSize(12);
        assertThat(all.body()).doesNotContain("500/4419/9").doesNotContain("610/1400/9");
        assertThat(sport.json()).hasSize(1);
        assertThat(sport.json().get(0).get("reference").asText()).isEqualTo(SPORT);
        assertThat(sport.json().get(0).get("pricePence").asInt()).isEqualTo(11_800);
    }

    @Test
    void a_learner_search_finds_by_name_learner_id_and_uln_within_the_centre() {
        long chloe = named("Chloe", "Evans");
        String ref = jdbi.withHandle(h -> h.createQuery("select learner_ref from learners where id = :id")
                .bind("id", chloe)
                .mapTo(String.class)
                .one());

        Response byName = http.get("/api/v1/learners?q=chloe%20evans&size=200", centreAdmin);
        Response byRef = http.get("/api/v1/learners?q=" + ref.toLowerCase(), assessor);
        Response elsewhere = http.get("/api/v1/learners?q=" + ref, hillsideAdmin);
        Response across = http.get("/api/v1/learners?q=" + ref, agent);

        assertThat(byName.status()).isEqualTo(200);
        assertThat(byName.json().get("items").findValuesAsText("id")).contains(String.valueOf(chloe));
        assertThat(byName.json().get("items").findValuesAsText("familyName")).containsOnly("Evans");
        assertThat(byRef.json().get("total").asLong()).isEqualTo(1);
        assertThat(elsewhere.json().get("total").asLong()).isZero();
        assertThat(across.json().get("total").asLong()).isEqualTo(1);
        String uln = jdbi.withHandle(
                h -> h.createQuery("select trim(uln) from learners where uln is not null order by id limit 1")
                        .mapTo(String.class)
                        .one());
        assertThat(http.get("/api/v1/learners?q=" + uln, agent)
                        .json()
                        .get("total")
                        .asLong())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_learner_search_is_bounded_by_creation_dates_and_refuses_bad_ones() {
        Response none = http.get("/api/v1/learners?createdFrom=2030-01-01", centreAdmin);
        Response bad = http.get("/api/v1/learners?createdTo=yesterday", centreAdmin);

        assertThat(none.json().get("total").asLong()).isZero();
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("details").toString()).contains("createdTo");
    }

    @Test
    void a_learners_details_show_history_registrations_and_results() {
        long chloe = named("Chloe", "Evans");

        Response response = http.get("/api/v1/learners/" + chloe, assessor);

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.at("/learner/givenName").asText()).isEqualTo("Chloe");
        assertThat(body.at("/history/completed/0/productReference").asText()).isEqualTo(SPORT);
        assertThat(body.at("/history/active/0/productReference").asText()).isEqualTo("603/2960/8");
        assertThat(body.get("registrations")).hasSize(2);
        assertThat(body.get("results").findValuesAsText("productReference")).contains(SPORT);
        assertThat(body.get("amendmentAvailable").asBoolean()).isTrue();
    }

    @Test
    void another_centres_learner_is_not_found_and_exams_officers_are_refused() {
        long chloe = named("Chloe", "Evans");

        assertThat(http.get("/api/v1/learners/" + chloe, hillsideAdmin).status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/learners/" + chloe, agent).status()).isEqualTo(200);
        Response refused = http.get("/api/v1/learners/" + chloe, officer);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("error").asText()).isEqualTo("forbidden");
        assertThat(http.get("/api/v1/learners/nope", centreAdmin).status()).isEqualTo(404);
    }

    @Test
    void a_preview_shows_the_cost_and_writes_nothing() {
        long learner = freshLearner("40123", 0);
        int before = writes();

        Response response = http.post(
                "/api/v1/registration-orders?preview=true",
                order(SPORT, learner, "2026-09-01", "2028-06-30"),
                assessor);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("preview").asBoolean()).isTrue();
        assertThat(response.json().get("orderId").isNull()).isTrue();
        assertThat(response.json().at("/products/0/learners/0/learnerId").asLong())
                .isEqualTo(learner);
        assertThat(response.json().get("totalPence").asLong()).isEqualTo(11_800);
        assertThat(writes()).isEqualTo(before);
    }

    @Test
    void placing_an_order_registers_the_learners_audits_it_and_a_retry_changes_nothing() {
        long first = freshLearner("40123", 1);
        long second = freshLearner("40123", 2);
        String body = "{\"products\":[\"" + SPORT + "\",\"" + TEACHING + "\"],\"learners\":[{\"learnerId\":" + first
                + ",\"courseStart\":\"2026-09-01\",\"courseEnd\":\"2028-06-30\"},{\"learnerId\":" + second
                + ",\"courseStart\":\"2026-09-01\",\"courseEnd\":\"2027-06-30\"}]}";
        Map<String, String> key = Map.of("Idempotency-Key", "order-key-0001");

        Response placed = http.send("POST", "/api/v1/registration-orders", body, centreAdmin, key);
        Response retry = http.send("POST", "/api/v1/registration-orders", body, centreAdmin, key);

        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        long orderId = placed.json().get("orderId").asLong();
        assertThat(placed.json().get("totalPence").asLong()).isEqualTo(2 * 11_800 + 2 * 6_500);
        assertThat(placed.json().get("invoiceStatus").asText()).isEqualTo("NOT_INVOICED");
        assertThat(count("select count(*) from registrations where order_id = ?", orderId))
                .isEqualTo(4);
        assertThat(count("select count(*) from registration_order_products where order_id = ?", orderId))
                .isEqualTo(2);
        assertThat(count(
                        "select count(*) from audit_log where action = 'REGISTRATION_ORDER_PLACED' and target_id = ?",
                        String.valueOf(orderId)))
                .isEqualTo(1);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().get("orderId").asLong()).isEqualTo(orderId);
        assertThat(count("select count(*) from registrations where learner_id in (?, ?)", first, second))
                .isEqualTo(4);
        assertThat(http.get("/api/v1/learners/" + first, centreAdmin).json().at("/history/active"))
                .hasSize(2);
    }

    @Test
    void registering_a_learner_twice_on_a_product_is_a_conflict_naming_them_and_writes_nothing() {
        long chloe = named("Chloe", "Evans");
        long fresh = freshLearner("40123", 3);
        String body = "{\"products\":[\"603/2960/8\"],\"learners\":[{\"learnerId\":" + fresh
                + ",\"courseStart\":\"2026-09-01\",\"courseEnd\":\"2027-06-30\"},{\"learnerId\":" + chloe
                + ",\"courseStart\":\"2026-09-01\",\"courseEnd\":\"2027-06-30\"}]}";
        int before = writes();

        Response response = http.post("/api/v1/registration-orders", body, centreAdmin);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("message").asText())
                .contains("Chloe Evans")
                .contains("603/2960/8")
                .contains("already registered");
        assertThat(writes()).isEqualTo(before);
    }

    @Test
    void unknown_unapproved_and_out_of_date_products_are_refused_naming_the_field() {
        long learner = freshLearner("40123", 4);
        int before = writes();
        for (String product : new String[] {"999/0000/0", "610/1400/9", "500/4419/9"}) {
            Response response = http.post(
                    "/api/v1/registration-orders", order(product, learner, "2026-09-01", "2027-06-30"), centreAdmin);

            assertThat(response.status()).as(product).isEqualTo(422);
            assertThat(response.json().get("details").get(0).asText()).isEqualTo("products[0]");
            assertThat(response.json().get("message").asText()).contains(product);
        }
        assertThat(writes()).isEqualTo(before);
    }

    @Test
    void a_course_ending_before_it_starts_is_refused_naming_the_end_date() {
        long learner = freshLearner("40123", 4);

        Response response = http.post(
                "/api/v1/registration-orders", order(SPORT, learner, "2027-06-30", "2026-09-01"), centreAdmin);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("details").get(0).asText()).isEqualTo("learners[0].courseEnd");
    }

    @Test
    void a_course_date_that_is_not_a_real_date_is_refused_naming_the_field_and_writes_nothing() {
        long learner = freshLearner("40123", 9);
        int before = writes();

        Response response = http.post(
                "/api/v1/registration-orders", order(SPORT, learner, "2026-13-01", "2027-06-30"), centreAdmin);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("error").asText()).isEqualTo("invalid");
        assertThat(response.json().get("details").get(0).asText()).isEqualTo("learners[0].courseStart");
        assertThat(response.json().get("message").asText()).contains("YYYY-MM-DD");
        assertThat(writes()).isEqualTo(before);
    }

    @Test
    void another_centres_learner_in_an_order_is_not_found_and_nothing_is_written() {
        long hillside = freshLearner("40456", 0);
        long own = freshLearner("40123", 5);
        String body = "{\"products\":[\"" + SPORT + "\"],\"learners\":[{\"learnerId\":" + own
                + ",\"courseStart\":\"2026-09-01\",\"courseEnd\":\"2027-06-30\"},{\"learnerId\":" + hillside
                + ",\"courseStart\":\"2026-09-01\",\"courseEnd\":\"2027-06-30\"}]}";
        int before = writes();

        Response response = http.post("/api/v1/registration-orders", body, centreAdmin);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("message").asText()).contains(String.valueOf(hillside));
        assertThat(writes()).isEqualTo(before);
        assertThat(http.post("/api/v1/registration-orders", body, agent).status())
                .isEqualTo(403);
    }

    @Test
    void the_one_amendment_is_made_and_audited_and_a_second_names_the_account_specialist() {
        long learner = freshLearner("40123", 6);

        Response first = http.send(
                "POST",
                "/api/v1/learners/" + learner + "/amendments",
                "{\"field\":\"dateOfBirth\",\"value\":\"2009-05-03\"}",
                assessor,
                Map.of("Idempotency-Key", "amend-key-0001"));
        Response second = http.post(
                "/api/v1/learners/" + learner + "/amendments", "{\"field\":\"givenName\",\"value\":\"Sam\"}", assessor);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().at("/learner/dateOfBirth").asText()).isEqualTo("2009-05-03");
        assertThat(first.json().at("/amendment/field").asText()).isEqualTo("DATE_OF_BIRTH");
        assertThat(count(
                        "select count(*) from audit_log where action = 'LEARNER_AMENDED' and target_id = ?",
                        String.valueOf(learner)))
                .isEqualTo(1);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("message").asText()).contains("board's account specialist");
        assertThat(http.get("/api/v1/learners/" + learner, assessor)
                        .json()
                        .get("amendmentAvailable")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void the_demo_learner_who_used_the_amendment_is_refused_and_bad_amendments_name_the_field() {
        long amir = named("Amir", "Khan");
        long learner = freshLearner("40123", 7);

        Response refused = http.post(
                "/api/v1/learners/" + amir + "/amendments",
                "{\"field\":\"dateOfBirth\",\"value\":\"2009-05-03\"}",
                centreAdmin);
        Response bad = http.post(
                "/api/v1/learners/" + learner + "/amendments",
                "{\"field\":\"dateOfBirth\",\"value\":\"3 May\"}",
                centreAdmin);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("message").asText()).contains("Kahn").contains("Khan");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("details").get(0).asText()).isEqualTo("value");
        assertThat(count("select count(*) from learner_amendments where learner_id = ?", learner))
                .isZero();
        assertThat(http.post(
                                "/api/v1/learners/" + amir + "/amendments",
                                "{\"field\":\"givenName\",\"value\":\"Sam\"}",
                                hillsideAdmin)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void a_results_search_combines_its_clauses_within_the_centre() {
        Response chloe = http.get(
                "/api/v1/learner-results?givenName=chloe&familyName=evans&product=sport&size=200", centreAdmin);
        Response passes = http.get("/api/v1/learner-results?grade=p&size=200", centreAdmin);
        Response hillside =
                http.get("/api/v1/learner-results?givenName=chloe&familyName=evans&product=sport", hillsideAdmin);
        Response bad = http.get("/api/v1/learner-results?grade=Q", centreAdmin);

        assertThat(chloe.status()).isEqualTo(200);
        assertThat(chloe.json().get("total").asLong()).isGreaterThanOrEqualTo(5);
        assertThat(chloe.json().get("items").findValuesAsText("productReference"))
                .containsOnly(SPORT);
        assertThat(chloe.json().get("items").findValuesAsText("givenName")).containsOnly("Chloe");
        assertThat(passes.json().get("total").asLong()).isGreaterThan(10);
        assertThat(passes.json().get("items").findValuesAsText("grade")).containsOnly("P");
        assertThat(hillside.json().get("items").findValuesAsText("givenName"))
                .doesNotContain("Chloe")
                .isEmpty();
        assertThat(bad.status()).isEqualTo(422);
    }
}

package org.examdesk.admin.learners.cancellation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.examdesk.admin.accounts.Role;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestHttp.Response;
import org.examdesk.admin.testing.TestServer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cancelling registrations over HTTP on the demo data: each blocking condition with its facts, and the charges. */
class CancellationIT {
    private static TestServer api;
    private static TestHttp http;
    private static Jdbi jdbi;
    private static String centreAdmin;
    private static String assessor;
    private static String hillsideAdmin;
    private static String agent;

    @BeforeAll
    static void start() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);
        api = new TestServer().clock(clock).start();
        http = api.http();
        jdbi = api.jdbi();
        centreAdmin = api.callers().staff(Role.CENTRE_ADMINISTRATOR, "40123");
        assessor = api.callers().staff(Role.ASSESSOR, "40123");
        hillsideAdmin = api.callers().staff(Role.CENTRE_ADMINISTRATOR, "40456");
        agent = api.callers().staff(Role.SUPPORT_AGENT, null);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    /** The demo registration of the named learner on the product. */
    static long registration(String given, String family, String product) {
        return jdbi.withHandle(h -> h.createQuery("select r.id from registrations r join learners l on l.id = "
                        + "r.learner_id join products p on p.id = r.product_id where l.given_name = :g and "
                        + "l.family_name = :f and p.reference = :p order by r.id desc limit 1")
                .bind("g", given)
                .bind("f", family)
                .bind("p", product)
                .mapTo(Long.class)
                .one());
    }

    static JsonNode check(long registration) {
        Response r = http.get("/api/v1/registrations/" + registration, assessor);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    static JsonNode blocker(JsonNode registration, String condition) {
        for (JsonNode b : registration.get("blockedBy")) {
            if (b.get("condition").asText().equals(condition)) {
                return b;
            }
        }
        throw new AssertionError(condition + " not in " + registration);
    }

    @Test
    void a_taken_test_blocks_the_cancellation_naming_the_unit_and_the_date() {
        JsonNode noah = check(registration("Noah", "Fletcher", "603/0457/3"));

        assertThat(noah.get("cancellable").asBoolean()).isFalse();
        assertThat(noah.get("blockedBy").findValuesAsText("condition")).containsExactly("TEST_TAKEN");
        JsonNode taken = blocker(noah, "TEST_TAKEN");
        assertThat(taken.at("/facts/0/unit").asText()).isEqualTo("U2");
        assertThat(taken.at("/facts/0/takenAt").asText()).startsWith("2026-11-20");
        assertThat(taken.get("sentence").asText()).contains("20 November 2026");
        assertThat(taken.get("liftable").asBoolean()).isFalse();
    }

    @Test
    void a_future_booking_blocks_it_and_can_be_lifted_by_cancelling_the_booking_first() {
        long chloe = registration("Chloe", "Evans", "603/2960/8");
        JsonNode before = check(chloe);
        JsonNode booked = blocker(before, "TEST_BOOKED");
        long booking = booked.at("/facts/0/booking").asLong();

        Response lifted = http.delete("/api/v1/bookings/" + booking, centreAdmin);
        JsonNode after = check(chloe);

        assertThat(before.get("cancellable").asBoolean()).isFalse();
        assertThat(before.get("blockedBy").findValuesAsText("condition")).containsExactly("TEST_BOOKED");
        assertThat(booked.at("/facts/0/startsAt").asText()).isEqualTo("2027-03-16T10:00:00Z");
        assertThat(booked.get("liftable").asBoolean()).isTrue();
        assertThat(booked.get("change").asText()).contains("Cancel the booking first");
        assertThat(lifted.status()).isEqualTo(200);
        assertThat(after.get("cancellable").asBoolean()).isTrue();
    }

    @Test
    void a_linked_result_an_internal_outcome_and_a_claim_each_block_it_with_their_facts() {
        JsonNode grace = check(registration("Grace", "Whitfield", "603/2956/6"));
        JsonNode rhys = check(registration("Rhys", "Parry", "610/0217/2"));
        JsonNode hannah = check(registration("Hannah", "Doyle", "603/5836/0"));

        assertThat(grace.get("blockedBy").findValuesAsText("condition")).containsExactly("RESULT_LINKED");
        assertThat(blocker(grace, "RESULT_LINKED").at("/facts/0/unit").asText()).isEqualTo("U1");
        assertThat(blocker(grace, "RESULT_LINKED").at("/facts/0/grade").asText())
                .isEqualTo("P");
        assertThat(rhys.get("blockedBy").findValuesAsText("condition")).containsExactly("OUTCOME_ADDED");
        assertThat(blocker(rhys, "OUTCOME_ADDED").get("sentence").asText())
                .contains("Human Lifespan Development")
                .contains("grade M");
        assertThat(hannah.get("blockedBy").findValuesAsText("condition")).containsExactly("CLAIM_MADE");
        assertThat(blocker(hannah, "CLAIM_MADE").at("/facts/0/claim").asText()).startsWith("AC");
        assertThat(blocker(hannah, "CLAIM_MADE").at("/facts/0/awardType").asText())
                .isEqualTo("INTERIM");
        assertThat(hannah.get("message").asText())
                .contains("cannot be cancelled")
                .contains("A claim has been made");
    }

    @Test
    void a_not_invoiced_registration_is_cancelled_free_by_a_centre_administrator_only_and_audited() {
        long tom = registration("Tom", "Ashworth", "603/0457/3");
        JsonNode before = check(tom);

        Response byAssessor = http.post("/api/v1/registrations/" + tom + "/cancel", null, assessor);
        Response elsewhere = http.post("/api/v1/registrations/" + tom + "/cancel", null, hillsideAdmin);
        Response cancelled = http.send(
                "POST",
                "/api/v1/registrations/" + tom + "/cancel",
                null,
                centreAdmin,
                Map.of("Idempotency-Key", "cancel-tom-1"));
        Response replay = http.send(
                "POST",
                "/api/v1/registrations/" + tom + "/cancel",
                null,
                centreAdmin,
                Map.of("Idempotency-Key", "cancel-tom-1"));

        assertThat(before.get("cancellable").asBoolean()).isTrue();
        assertThat(before.get("blockedBy")).isEmpty();
        assertThat(byAssessor.status()).isEqualTo(403);
        assertThat(byAssessor.json().get("message").asText()).contains("Only a centre administrator");
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().at("/registration/status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().at("/charge/charged").asBoolean()).isFalse();
        assertThat(cancelled.json().get("message").asText()).contains("No charge");
        assertThat(replay.json()).isEqualTo(cancelled.json());
        assertThat(count("select count(*) from audit_log where action = 'REGISTRATION_CANCELLED' and target_id = '"
                        + tom + "'"))
                .isEqualTo(1);
        assertThat(http.post("/api/v1/registrations/" + tom + "/cancel", null, centreAdmin)
                        .status())
                .isEqualTo(409);
    }

    @Test
    void an_invoiced_registration_is_cancelled_with_a_charge_and_a_refund_through_customer_services() {
        long amir = registration("Amir", "Khan", "603/0456/1");

        JsonNode before = check(amir);
        Response cancelled = http.post("/api/v1/registrations/" + amir + "/cancel", null, centreAdmin);

        assertThat(before.get("cancellable").asBoolean()).isTrue();
        assertThat(before.at("/charge/charged").asBoolean()).isTrue();
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().at("/charge/amountPence").asInt()).isEqualTo(11_800);
        assertThat(cancelled.json().at("/charge/refundThrough").asText()).isEqualTo("CUSTOMER_SERVICES");
        assertThat(cancelled.json().get("message").asText())
                .contains("invoiced")
                .contains("charged")
                .contains("customer services");
    }

    @Test
    void a_blocked_registration_is_refused_with_its_reasons_and_nothing_changes() {
        long rhys = registration("Rhys", "Parry", "610/0217/2");

        Response refused = http.post("/api/v1/registrations/" + rhys + "/cancel", null, centreAdmin);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("message").asText()).contains("internally assessed unit");
        assertThat(check(rhys).get("status").asText()).isEqualTo("ACTIVE");
        assertThat(http.get("/api/v1/registrations/" + rhys, agent).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/registrations/" + rhys, hillsideAdmin).status())
                .isEqualTo(404);
    }

    static int count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }
}

package org.examdesk.admin.learners.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.examdesk.admin.accounts.Role;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestHttp.Response;
import org.examdesk.admin.testing.TestServer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Claims over HTTP on the demo data: bulk claims with an ineligible learner, award dates, refusals, editing. */
class ClaimsIT {
    private static final String SPORT = "603/0456/1";
    private static final String BUSINESS = "603/0457/3";
    private static final String SPORT_UNITS = "[{\"unit\":\"U1\",\"grade\":\"P\"},{\"unit\":\"U2\",\"grade\":\"M\"},"
            + "{\"unit\":\"U3\",\"grade\":\"P\"}]";

    private static TestServer api;
    private static TestHttp http;
    private static Jdbi jdbi;
    private static String centreAdmin;
    private static String assessor;
    private static String agent;

    @BeforeAll
    static void start() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);
        api = new TestServer().clock(clock).start();
        http = api.http();
        jdbi = api.jdbi();
        centreAdmin = api.callers().staff(Role.CENTRE_ADMINISTRATOR, "40123");
        assessor = api.callers().staff(Role.ASSESSOR, "40123");
        agent = api.callers().staff(Role.SUPPORT_AGENT, null);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    static long named(String given, String family) {
        return jdbi.withHandle(
                h -> h.createQuery("select max(id) from learners where given_name = :g and family_name = :f")
                        .bind("g", given)
                        .bind("f", family)
                        .mapTo(Long.class)
                        .one());
    }

    static String claim(String type, String date, String product, String units, long... learners) {
        String list = java.util.Arrays.stream(learners)
                .mapToObj(id -> "{\"learnerId\":" + id + ",\"product\":\"" + product + "\",\"units\":" + units + "}")
                .collect(Collectors.joining(","));
        return "{\"awardType\":\"" + type + "\",\"awardDate\":\"" + date + "\",\"learners\":[" + list + "]}";
    }

    static int claims() {
        return count("select count(*) from claims");
    }

    static int count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    @Test
    void a_bulk_full_claim_submits_the_eligible_and_keeps_the_learner_missing_a_mandatory_unit_with_the_reason() {
        List<Long> group = List.of(
                named("Ella", "Marsh"),
                named("Jacob", "Reid"),
                named("Sophie", "Turner"),
                named("Lewis", "Grant"),
                named("Maisie", "Holt"));
        long jacob = group.get(1);

        Response made = http.post(
                "/api/v1/claims",
                claim(
                        "FULL",
                        "2026-09-01",
                        SPORT,
                        SPORT_UNITS,
                        group.stream().mapToLong(Long::longValue).toArray()),
                centreAdmin);
        Response ineligible = http.get("/api/v1/claims?state=INELIGIBLE", assessor);

        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(made.json().get("submitted").asInt()).isEqualTo(4);
        assertThat(made.json().get("ineligible").asInt()).isEqualTo(1);
        JsonNode kept = made.json().get("claims").get(1);
        assertThat(kept.get("learnerId").asLong()).isEqualTo(jacob);
        assertThat(kept.get("state").asText()).isEqualTo("INELIGIBLE");
        assertThat(kept.get("reasons").findValuesAsText("code")).containsExactly("MANDATORY_UNIT_MISSING");
        assertThat(kept.at("/reasons/0/units/0").asText()).isEqualTo("U4");
        assertThat(kept.at("/reasons/0/sentence").asText()).contains("Sports Leadership");
        assertThat(made.json().get("message").asText())
                .contains("Jacob Reid is not eligible")
                .contains("U4");
        assertThat(count("select count(*) from registrations r join products p on p.id = r.product_id where "
                        + "p.reference = '" + SPORT + "' and r.status = 'COMPLETED' and r.learner_id in ("
                        + group.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")"))
                .isEqualTo(4);
        assertThat(ineligible.json().findValuesAsText("reference"))
                .contains(kept.get("reference").asText());
        assertThat(ineligible.json().findValuesAsText("state")).containsOnly("INELIGIBLE");

        String reference = kept.get("reference").asText();
        Response edited = http.put(
                "/api/v1/claims/" + reference,
                "{\"awardType\":\"FULL\",\"awardDate\":"
                        + "\"2026-09-01\",\"units\":[{\"unit\":\"U1\",\"grade\":\"P\"},{\"unit\":\"U2\",\"grade\":\"M\"},"
                        + "{\"unit\":\"U3\",\"grade\":\"P\"},{\"unit\":\"U4\",\"grade\":\"D\"}]}",
                centreAdmin);

        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().at("/claims/0/state").asText()).isEqualTo("SUBMITTED");
        assertThat(http.get("/api/v1/claims/" + reference, agent)
                        .json()
                        .get("state")
                        .asText())
                .isEqualTo("SUBMITTED");
        assertThat(http.put(
                                "/api/v1/claims/" + reference,
                                "{\"awardType\":\"FULL\",\"awardDate\":\"2026-09-01\","
                                        + "\"units\":[{\"unit\":\"U1\",\"grade\":\"P\"}]}",
                                centreAdmin)
                        .status())
                .isEqualTo(409);
    }

    @Test
    void an_assessor_is_refused_with_the_reason_and_nothing_is_written() {
        int before = claims();

        Response refused = http.post(
                "/api/v1/claims",
                claim(
                        "INTERIM",
                        "2026-11-01",
                        BUSINESS,
                        "[{\"unit\":\"U1\",\"grade\":\"P\"}]",
                        named("Tom", "Ashworth")),
                assessor);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("message").asText()).contains("except claiming");
        assertThat(claims()).isEqualTo(before);
    }

    @Test
    void the_award_date_may_go_back_three_months_but_not_a_day_more_nor_into_the_future() {
        long tom = named("Tom", "Ashworth");
        String units = "[{\"unit\":\"U1\",\"grade\":\"P\"}]";
        int before = claims();

        Response tooOld =
                http.post("/api/v1/claims", claim("INTERIM", "2026-08-29", BUSINESS, units, tom), centreAdmin);
        Response future =
                http.post("/api/v1/claims", claim("INTERIM", "2026-12-01", BUSINESS, units, tom), centreAdmin);
        Response bad = http.post("/api/v1/claims", claim("INTERIM", "30/08/2026", BUSINESS, units, tom), centreAdmin);
        int afterRefusals = claims();
        Response oldest = http.send(
                "POST",
                "/api/v1/claims",
                claim("INTERIM", "2026-08-30", BUSINESS, units, tom),
                centreAdmin,
                Map.of("Idempotency-Key", "claim-tom-0001"));
        Response replay = http.send(
                "POST",
                "/api/v1/claims",
                claim("INTERIM", "2026-08-30", BUSINESS, units, tom),
                centreAdmin,
                Map.of("Idempotency-Key", "claim-tom-0001"));

        assertRefused(tooOld, "awardDate", "2026-08-30");
        assertRefused(future, "awardDate", "future");
        assertRefused(bad, "awardDate", "yyyy-MM-dd");
        assertThat(afterRefusals).isEqualTo(before);
        assertThat(oldest.status()).as(oldest.body()).isEqualTo(201);
        assertThat(oldest.json().at("/claims/0/state").asText()).isEqualTo("SUBMITTED");
        assertThat(oldest.json().at("/claims/0/certificate").asText()).contains("notification of performance");
        assertThat(replay.json()).isEqualTo(oldest.json());
        assertThat(claims()).isEqualTo(before + 1);
        assertThat(count("select count(*) from registrations where status = 'ACTIVE' and id = "
                        + oldest.json().at("/claims/0/registrationId").asLong()))
                .isEqualTo(1);
    }

    @Test
    void a_bulk_claim_mixing_products_or_with_different_grades_is_refused_naming_who_differs() {
        long ella = named("Ella", "Marsh");
        long noah = named("Noah", "Fletcher");
        long tom = named("Tom", "Ashworth");
        int before = claims();

        Response mixed = http.post(
                "/api/v1/claims",
                "{\"awardType\":\"INTERIM\",\"awardDate\":\"2026-11-01\","
                        + "\"learners\":[{\"learnerId\":" + ella + ",\"product\":\"" + SPORT
                        + "\",\"units\":[{\"unit\":\"U1\","
                        + "\"grade\":\"P\"}]},{\"learnerId\":" + tom + ",\"product\":\"" + BUSINESS
                        + "\",\"units\":[{\"unit\":"
                        + "\"U1\",\"grade\":\"P\"}]}]}",
                centreAdmin);
        Response differ = http.post(
                "/api/v1/claims",
                "{\"awardType\":\"INTERIM\",\"awardDate\":\"2026-11-01\","
                        + "\"learners\":[{\"learnerId\":" + noah + ",\"product\":\"" + BUSINESS
                        + "\",\"units\":[{\"unit\":"
                        + "\"U1\",\"grade\":\"P\"}]},{\"learnerId\":" + tom + ",\"product\":\"" + BUSINESS
                        + "\",\"units\":"
                        + "[{\"unit\":\"U1\",\"grade\":\"M\"}]}]}",
                centreAdmin);
        Response noInternalUnit = http.post(
                "/api/v1/claims",
                claim(
                        "FULL",
                        "2026-11-01",
                        "603/2960/8",
                        "[{\"unit\":\"U1\",\"grade\":\"P\"}]",
                        named("Chloe", "Evans")),
                centreAdmin);
        Response noSuchUnit = http.post(
                "/api/v1/claims",
                claim("INTERIM", "2026-11-01", SPORT, "[{\"unit\":\"U9\",\"grade\":\"P\"}]", ella),
                centreAdmin);
        Response badGrade = http.post(
                "/api/v1/claims",
                claim("INTERIM", "2026-11-01", SPORT, "[{\"unit\":\"U1\",\"grade\":\"Z\"}]", ella),
                centreAdmin);

        assertRefused(mixed, "learners[1].product", "one product");
        assertRefused(differ, "learners[1].units", "Tom Ashworth differs from Noah Fletcher");
        assertRefused(noInternalUnit, "learners[0].product", "no internally assessed unit");
        assertRefused(noSuchUnit, "learners[0].units", "no unit U9");
        assertRefused(badGrade, "learners[0].units[0].grade", "grade");
        assertThat(claims()).isEqualTo(before);
    }

    static void assertRefused(Response r, String field, String words) {
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.json().get("details").toString()).contains("\"" + field + "\"");
        assertThat(r.json().get("message").asText()).contains(words);
    }
}

package org.examdesk.admin.learners.bookings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.examdesk.admin.accounts.Role;
import org.examdesk.admin.testing.MutableClock;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestHttp.Response;
import org.examdesk.admin.testing.TestServer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Test bookings over HTTP on the demo data, with a clock the test sets: notice, window, modes, extra time, scope. */
class BookingsIT {
    /** Monday 30 November 2026, 09:00 UK time (GMT); moved on by hand, never past the sessions' real expiry. */
    static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    private static final String BUSINESS = "603/0457/3";
    private static final MutableClock clock = new MutableClock(NOW);
    private static TestServer api;
    private static TestHttp http;
    private static Jdbi jdbi;
    private static String centreAdmin;
    private static String assessor;
    private static String hillsideAdmin;
    private static String agent;

    @BeforeAll
    static void start() {
        api = new TestServer().clock(clock).sessionTtl(Duration.ofDays(400)).start();
        http = api.http();
        jdbi = api.jdbi();
        centreAdmin = api.callers().staff(Role.CENTRE_ADMINISTRATOR, "40123");
        assessor = api.callers().staff(Role.ASSESSOR, "40123");
        hillsideAdmin = api.callers().staff(Role.CENTRE_ADMINISTRATOR, "40456");
        agent = api.callers().staff(Role.SUPPORT_AGENT, null);
    }

    @BeforeEach
    void resetClock() {
        clock.set(NOW);
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

    static int bookings() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from bookings")
                .mapTo(Integer.class)
                .one());
    }

    static String booking(String unit, String delivery, String mode, String date, String time, String learners) {
        return "{\"product\":\"" + BUSINESS + "\",\"unit\":\"" + unit + "\",\"delivery\":\"" + delivery + "\","
                + (mode == null ? "" : "\"mode\":\"" + mode + "\",") + "\"date\":\"" + date + "\",\"time\":\"" + time
                + "\",\"learners\":" + learners + "}";
    }

    static String one(long learner) {
        return "[{\"learnerId\":" + learner + "}]";
    }

    @Test
    void an_onscreen_test_is_booked_with_its_window_and_once_per_idempotency_key() {
        long tom = named("Tom", "Ashworth");
        String body = booking(
                "U2",
                "ONSCREEN",
                "CLASSROOM",
                "2026-12-01",
                "10:00",
                "[{\"learnerId\":" + tom + ",\"extraTimePercent\":25}]");
        int before = bookings();

        Response first =
                http.send("POST", "/api/v1/bookings", body, centreAdmin, Map.of("Idempotency-Key", "book-tom-0001"));
        Response again =
                http.send("POST", "/api/v1/bookings", body, centreAdmin, Map.of("Idempotency-Key", "book-tom-0001"));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().at("/bookings/0/startsAt").asText()).isEqualTo("2026-12-01T10:00:00Z");
        assertThat(first.json().at("/bookings/0/windowOpensAt").asText()).isEqualTo("2026-12-01T06:00:00Z");
        assertThat(first.json().at("/bookings/0/windowClosesAt").asText()).isEqualTo("2026-12-01T14:00:00Z");
        assertThat(first.json().at("/bookings/0/extraTimePercent").asInt()).isEqualTo(25);
        assertThat(first.json().at("/bookings/0/mode").asText()).isEqualTo("CLASSROOM");
        assertThat(first.json().get("message").asText()).contains("Tuesday 1 December 2026 at 10:00");
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(bookings()).isEqualTo(before + 1);
        assertThat(count("select count(*) from audit_log where action = 'BOOKING_MADE' and target_id = '"
                        + first.json().at("/bookings/0/id").asLong() + "'"))
                .isEqualTo(1);
    }

    @Test
    void an_onscreen_test_needs_two_hours_and_a_paper_test_twelve_days_and_the_error_names_the_earliest_time() {
        long tom = named("Tom", "Ashworth");
        int before = bookings();

        Response onscreen = http.post(
                "/api/v1/bookings", booking("U2", "ONSCREEN", "ONLINE", "2026-11-30", "10:30", one(tom)), centreAdmin);
        Response paper = http.post(
                "/api/v1/bookings", booking("U1", "PAPER", null, "2026-12-11", "09:00", one(tom)), centreAdmin);
        Response paperInTime = http.post(
                "/api/v1/bookings", booking("U1", "PAPER", null, "2026-12-12", "09:00", one(tom)), centreAdmin);

        assertThat(onscreen.status()).isEqualTo(422);
        assertThat(onscreen.json().get("message").asText())
                .contains("2 hours")
                .contains("Monday 30 November 2026 at 11:00");
        assertThat(onscreen.json().get("details").get(0).asText()).isEqualTo("date");
        assertThat(paper.status()).isEqualTo(422);
        assertThat(paper.json().get("message").asText())
                .contains("12 days")
                .contains("Saturday 12 December 2026 at 09:00");
        assertThat(paperInTime.status()).as(paperInTime.body()).isEqualTo(201);
        assertThat(paperInTime.json().at("/bookings/0/mode").isNull()).isTrue();
        assertThat(bookings()).isEqualTo(before + 1);
    }

    @Test
    void bad_input_is_refused_naming_the_field_and_the_rule_and_nothing_is_written() {
        long tom = named("Tom", "Ashworth");
        int before = bookings();

        Response internal = http.post(
                "/api/v1/bookings", booking("U4", "ONSCREEN", "ONLINE", "2026-12-10", "10:00", one(tom)), centreAdmin);
        Response modeOnPaper = http.post(
                "/api/v1/bookings", booking("U1", "PAPER", "ONLINE", "2027-01-10", "10:00", one(tom)), centreAdmin);
        Response paperOnly = http.post(
                "/api/v1/bookings", booking("U1", "ONSCREEN", "ONLINE", "2027-01-10", "10:00", one(tom)), centreAdmin);
        Response tooMuchTime = http.post(
                "/api/v1/bookings",
                booking(
                        "U2",
                        "ONSCREEN",
                        "ONLINE",
                        "2026-12-10",
                        "10:00",
                        "[{\"learnerId\":" + tom + ",\"extraTimePercent\":50}]"),
                centreAdmin);
        Response reader = http.post(
                "/api/v1/bookings",
                booking(
                        "U2",
                        "ONSCREEN",
                        "ONLINE",
                        "2026-12-10",
                        "10:00",
                        "[{\"learnerId\":" + tom + ",\"otherArrangements\":[\"reader\"]}]"),
                centreAdmin);
        Response past = http.post(
                "/api/v1/bookings", booking("U2", "ONSCREEN", "ONLINE", "2026-11-25", "10:00", one(tom)), centreAdmin);
        Response unparseable = http.post(
                "/api/v1/bookings", booking("U2", "ONSCREEN", "ONLINE", "2026-13-01", "25:00", one(tom)), centreAdmin);

        assertRefused(internal, "unit", "internally assessed");
        assertRefused(modeOnPaper, "mode", "no mode");
        assertRefused(paperOnly, "delivery", "on paper only");
        assertRefused(tooMuchTime, "learners[0].extraTimePercent", "Account Services");
        assertRefused(reader, "learners[0].otherArrangements", "Account Services");
        assertRefused(past, "date", "in the past");
        assertRefused(unparseable, "date", "yyyy-MM-dd");
        assertThat(unparseable.json().get("details").toString()).contains("time");
        assertThat(bookings()).isEqualTo(before);
    }

    @Test
    void only_learners_registered_on_the_product_are_booked_and_the_others_are_named() {
        long tom = named("Tom", "Ashworth");
        long grace = named("Grace", "Whitfield");
        int before = bookings();

        Response response = http.post(
                "/api/v1/bookings",
                booking(
                        "U2",
                        "ONSCREEN",
                        "ONLINE",
                        "2026-12-10",
                        "10:00",
                        "[{\"learnerId\":" + tom + "},{\"learnerId\":" + grace + "}]"),
                centreAdmin);
        Response elsewhere = http.post(
                "/api/v1/bookings",
                booking("U2", "ONSCREEN", "ONLINE", "2026-12-10", "10:00", one(tom)),
                hillsideAdmin);

        assertRefused(response, "learners[1].learnerId", "Grace Whitfield");
        assertThat(response.json().get("message").asText()).doesNotContain("Tom Ashworth");
        assertRefused(elsewhere, "learners[0].learnerId", "not at your centre");
        assertThat(bookings()).isEqualTo(before);
    }

    @Test
    void a_booking_is_amended_before_its_window_opens_and_an_offline_test_gets_a_new_package() {
        long id = book(named("Lewis", "Grant"), "603/0456/1", "U2", "2026-12-02", "14:00", "OFFLINE");

        Response moved = http.put("/api/v1/bookings/" + id, "{\"date\":\"2026-12-04\",\"time\":\"13:30\"}", assessor);
        clock.set(Instant.parse("2026-12-04T09:30:00Z"));
        Response inWindow = http.put("/api/v1/bookings/" + id, "{\"extraTimePercent\":25}", centreAdmin);
        Response cancelInWindow = http.delete("/api/v1/bookings/" + id, centreAdmin);
        clock.set(Instant.parse("2026-12-05T09:30:00Z"));
        Response past = http.delete("/api/v1/bookings/" + id, centreAdmin);

        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().at("/booking/startsAt").asText()).isEqualTo("2026-12-04T13:30:00Z");
        assertThat(moved.json().at("/booking/packageVersion").asInt()).isEqualTo(2);
        assertThat(moved.json().get("message").asText()).contains("download its test package again");
        assertThat(inWindow.status()).isEqualTo(409);
        assertThat(inWindow.json().get("message").asText()).contains("only before its window opens");
        assertThat(cancelInWindow.status()).isEqualTo(409);
        assertThat(past.status()).isEqualTo(409);
        assertThat(past.json().get("message").asText()).contains("past bookings cannot be cancelled");
        assertThat(count("select count(*) from bookings where id = " + id + " and status = 'BOOKED'"))
                .isEqualTo(1);
    }

    @Test
    void an_amendment_keeps_the_notice_rule_and_a_cancellation_before_the_window_is_audited() {
        long id = book(named("Maisie", "Holt"), "603/0456/1", "U2", "2026-12-08", "10:00", "ONLINE");

        Response tooSoon =
                http.put("/api/v1/bookings/" + id, "{\"date\":\"2026-11-30\",\"time\":\"10:00\"}", centreAdmin);
        Response badMode = http.put("/api/v1/bookings/" + id, "{\"mode\":\"PIGEON\"}", centreAdmin);
        Response cancelled = http.delete("/api/v1/bookings/" + id, centreAdmin);
        Response again = http.delete("/api/v1/bookings/" + id, centreAdmin);

        assertRefused(tooSoon, "date", "Monday 30 November 2026 at 11:00");
        assertRefused(badMode, "mode", "CLASSROOM");
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().at("/booking/state").asText()).isEqualTo("CANCELLED");
        assertThat(again.status()).isEqualTo(409);
        assertThat(count("select count(*) from audit_log where action = 'BOOKING_CANCELLED' and target_id = '" + id
                        + "'"))
                .isEqualTo(1);
    }

    @Test
    void bookings_are_listed_by_learner_and_dates_within_the_centre() {
        long chloe = named("Chloe", "Evans");

        Response mine = http.get("/api/v1/bookings?learner=" + chloe, assessor);
        Response inMarch = http.get("/api/v1/bookings?from=2027-03-16&to=2027-03-16", centreAdmin);
        Response inApril = http.get("/api/v1/bookings?learner=" + chloe + "&from=2027-04-01", centreAdmin);
        Response elsewhere = http.get("/api/v1/bookings?learner=" + chloe, hillsideAdmin);
        Response across = http.get("/api/v1/bookings?learner=" + chloe, agent);
        Response bad = http.get("/api/v1/bookings?from=tomorrow", centreAdmin);

        assertThat(mine.json()).hasSize(1);
        assertThat(mine.json().get(0).get("unitCode").asText()).isEqualTo("U1");
        assertThat(mine.json().get(0).get("cancellable").asBoolean()).isTrue();
        assertThat(inMarch.json().findValuesAsText("learnerName")).contains("Chloe Evans");
        assertThat(inApril.json()).isEmpty();
        assertThat(elsewhere.json()).isEmpty();
        assertThat(across.json()).hasSize(1);
        assertRefused(bad, "from", "yyyy-MM-dd");
    }

    private static long book(long learner, String product, String unit, String date, String time, String mode) {
        Response r = http.post(
                "/api/v1/bookings",
                "{\"product\":\"" + product + "\",\"unit\":\"" + unit
                        + "\",\"delivery\":\"ONSCREEN\",\"mode\":\"" + mode + "\",\"date\":\"" + date + "\",\"time\":\""
                        + time
                        + "\",\"learners\":" + one(learner) + "}",
                centreAdmin);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().at("/bookings/0/id").asLong();
    }

    static void assertRefused(Response r, String field, String words) {
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.json().get("details").toString()).contains("\"" + field + "\"");
        assertThat(r.json().get("message").asText()).contains(words);
    }

    static int count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }
}

package org.examdesk.bot.channels.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.bot.TestApp;
import org.examdesk.bot.flows.learners.BookingDemo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bookings, cancelling registrations and claims in Slack direct messages, signed as Slack signs them (so on the
 * system clock, which the notice rules then read): the five conditions named, an invoiced registration cancelled
 * after the charges sentence, an onscreen test booked tomorrow and a paper one refused for next Monday with the
 * earliest date, a bulk claim with one learner ineligible for a missing unit, and an assessor's claim refused.
 */
class SlackBookingsIT {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static TestApp app;
    private static SlackRequests t;
    private static TestHttp http;
    private static BookingDemo demo;

    @BeforeAll
    static void start() {
        app = new TestApp().slack().start();
        t = new SlackRequests(app);
        http = app.http();
        demo = new BookingDemo(http, app.login("centreadmin@riverside.example"));
        t.link("U7101", "centreadmin@riverside.example");
        t.link("U7102", "assessor@riverside.example");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** The person's DM: what they type, the buttons they press, the bot's answer to each. */
    private record Dm(String user) {
        String channel() {
            return "D" + user;
        }

        FakeSlack.Call say(String text) {
            return t.dm(user, channel(), text);
        }

        FakeSlack.Call press(FakeSlack.Call answer, String label) {
            int before = t.slack.calls("chat.postMessage").size();
            t.post(t.buttonPress(user, channel(), BlockKit.REPLY_ACTION + "0", buttonValue(answer, label), null));
            return t.answerIn(channel(), before);
        }

        /** The answer, after picking the demo learner when several share the name. */
        FakeSlack.Call pickIfAsked(FakeSlack.Call answer, String name) {
            return answer.param("text").contains("Which one?") ? press(answer, demo.ref(name)) : answer;
        }
    }

    private static String buttonValue(FakeSlack.Call call, String label) {
        for (JsonNode block : t.slack.blocks(call)) {
            for (JsonNode element : block.path("elements")) {
                if (element.path("text").path("text").asText().contains(label)) {
                    return element.path("value").asText();
                }
            }
        }
        throw new AssertionError("no button " + label + " in " + call.param("blocks"));
    }

    @Test
    void the_centre_administrator_hears_each_blocking_condition_and_cancels_an_invoiced_registration() {
        Dm dm = new Dm("U7101");
        for (BookingDemo.Blocked blocked : BookingDemo.FIVE) {
            FakeSlack.Call answer =
                    dm.pickIfAsked(dm.say("why can't I cancel " + blocked.name() + "'s registration"), blocked.name());
            assertThat(answer.param("text")).as(blocked.name()).contains(blocked.condition());
            if (answer.param("text").contains("cancel the booked test first")) {
                dm.press(answer, "No, cancel");
            }
        }

        FakeSlack.Call confirm = dm.pickIfAsked(dm.say("cancel Amir Khan's BTEC Sport registration"), "Amir Khan");
        assertThat(confirm.param("text")).contains("invoiced", "charged", "customer services");
        assertThat(dm.press(confirm, "Yes, do it").param("text")).contains("Done", "customer services");
        assertThat(demo.registration("Amir Khan", BookingDemo.SPORT)
                        .get("status")
                        .asText())
                .isEqualTo("CANCELLED");
    }

    @Test
    void an_onscreen_test_is_booked_for_tomorrow_and_a_paper_test_next_monday_is_offered_the_earliest_date() {
        Dm dm = new Dm("U7101");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

        FakeSlack.Call mode = dm.pickIfAsked(
                dm.say("book Tom Ashworth onscreen for unit 2 tomorrow at 10 with extra time"), "Tom Ashworth");
        FakeSlack.Call confirm = dm.press(mode, "Online");
        assertThat(confirm.param("text")).contains(today.plusDays(1).format(DAY) + " at 10:00", "25% extra time");
        assertThat(dm.press(confirm, "Yes, do it").param("text")).contains("Done: Booked 1 learner");
        assertThat(demo.bookings("Tom Ashworth").toString()).contains("\"mode\":\"ONLINE\"", "\"extraTimePercent\":25");

        FakeSlack.Call refused = dm.say("book a paper test for next Monday");
        assertThat(refused.param("text"))
                .contains(
                        "12 days' notice",
                        "the earliest date allowed is " + today.plusDays(12).format(DAY));
        dm.press(refused, "No, cancel");
    }

    @Test
    void a_bulk_claim_names_the_unit_the_ineligible_learner_misses_and_an_assessors_claim_is_refused() {
        Dm dm = new Dm("U7101");

        FakeSlack.Call units = dm.say("claim full certificates for my Year 13 BTEC Sport learners, award date today");
        assertThat(units.param("text")).contains("Which units and grades");
        FakeSlack.Call confirm = dm.say("U1 P, U2 M, U3 P");
        assertThat(confirm.param("text")).contains("Full award", "Jacob Reid");
        assertThat(dm.press(confirm, "Yes, do it").param("text"))
                .contains("Jacob Reid is not eligible", "mandatory unit U4");

        assertThat(new Dm("U7102")
                        .say("claim full certificates for my Year 13 BTEC Sport learners")
                        .param("text"))
                .contains("Only a centre administrator can make a claim");
    }
}

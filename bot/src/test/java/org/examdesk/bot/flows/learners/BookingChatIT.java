package org.examdesk.bot.flows.learners;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.examdesk.admin.testing.MutableClock;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.bot.TestApp;
import org.examdesk.bot.flows.ChatDriver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bookings, cancelling registrations and claims through the bot's HTTP channel (as the web chat uses it), on the
 * demo data, with the clock of the whole application fixed at Monday 30 November 2026, 09:00 UK time: each of the
 * five conditions named, a blocking booking cancelled first, an invoiced registration cancelled with its charge,
 * onscreen and paper tests booked under the notice rules and one moved, a bulk claim with one learner ineligible,
 * and the refusals of an assessor and an exams officer. Every change is checked through the admin API.
 */
class BookingChatIT {
    static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    @RegisterExtension
    static final TestApp session = new TestApp().clock(new MutableClock(NOW));

    private static TestHttp http;
    private static String admin;
    private static BookingDemo demo;

    @BeforeAll
    static void start() {
        http = session.http();
        admin = session.login("centreadmin@riverside.example");
        demo = new BookingDemo(http, admin);
    }

    /** Picks the demo learner when several learners share the name. */
    private static void pickIfAsked(ChatDriver chat, String name) {
        if (chat.text().contains("Which one?")) {
            chat.press(demo.ref(name));
        }
    }

    @Test
    void each_of_the_five_conditions_that_block_a_cancellation_is_named_and_a_future_booking_cancelled_first() {
        for (BookingDemo.Blocked blocked : BookingDemo.FIVE) {
            ChatDriver chat = new ChatDriver(http, admin);

            chat.say("why can't I cancel " + blocked.name() + "'s registration");
            pickIfAsked(chat, blocked.name());

            assertThat(chat.text())
                    .as(blocked.name())
                    .contains("I can't cancel the registration of " + blocked.name(), blocked.condition());
        }
        aFutureBookingThatBlocksACancellationIsCancelledFirstWhenAsked();
    }

    private static void aFutureBookingThatBlocksACancellationIsCancelledFirstWhenAsked() {
        ChatDriver chat = new ChatDriver(http, admin);

        chat.say("why is the cancel button greyed out for Chloe Evans");
        pickIfAsked(chat, "Chloe Evans");
        assertThat(chat.text()).contains("A test is booked", "16 March 2027", "cancel the booked test first");
        chat.press("Yes, do it");

        assertThat(chat.text()).contains("is cancelled", "Nothing blocks it");
        assertThat(demo.bookings("Chloe Evans")).isEmpty();
        chat.press("No, cancel");
        assertThat(demo.registration("Chloe Evans", "603/2960/8").get("status").asText())
                .isEqualTo("ACTIVE");
    }

    @Test
    void an_invoiced_registration_is_cancelled_after_the_charges_sentence() {
        ChatDriver chat = new ChatDriver(http, admin);

        chat.say("cancel Amir Khan's BTEC Sport registration");
        pickIfAsked(chat, "Amir Khan");
        assertThat(chat.text()).contains("Amir Khan", "603/0456/1", "invoiced", "charged", "customer services");
        assertThat(demo.registration("Amir Khan", BookingDemo.SPORT)
                        .get("status")
                        .asText())
                .isEqualTo("ACTIVE");
        chat.press("Yes, do it");

        assertThat(chat.text()).contains("Done", "customer services", "Reference: ED-");
        assertThat(demo.registration("Amir Khan", BookingDemo.SPORT)
                        .get("status")
                        .asText())
                .isEqualTo("CANCELLED");
    }

    @Test
    void onscreen_and_paper_tests_are_booked_under_the_notice_rules_and_one_is_moved() {
        ChatDriver chat = new ChatDriver(http, admin);
        chat.say("book Tom Ashworth onscreen for unit 2 tomorrow at 10 with extra time");
        pickIfAsked(chat, "Tom Ashworth");
        assertThat(chat.text()).contains("Which mode");
        chat.press("Classroom (LAN)");
        assertThat(chat.text())
                .contains("unit U2", "Tuesday 1 December 2026 at 10:00", "Tom Ashworth (25% extra time)");
        chat.press("Yes, do it");
        assertThat(chat.text()).contains("Done: Booked 1 learner");

        ChatDriver paper = new ChatDriver(http, admin);
        paper.say("book Tom Ashworth a paper test for unit 3 next Monday at 10am");
        pickIfAsked(paper, "Tom Ashworth");
        assertThat(paper.text())
                .contains(
                        "12 days' notice",
                        "Monday 7 December 2026 at 10:00 is too soon",
                        "the earliest date allowed is Saturday 12 December 2026");
        paper.press("Yes, do it");
        assertThat(paper.text()).contains("on paper", "Saturday 12 December 2026 at 10:00");
        paper.press("Yes, do it");
        assertThat(paper.text()).contains("Done: Booked 1 learner");

        ChatDriver move = new ChatDriver(http, admin);
        move.say("move Tom Ashworth's unit 2 test to Friday 2pm");
        pickIfAsked(move, "Tom Ashworth");
        assertThat(move.text()).contains("Friday 4 December 2026 at 14:00");
        move.press("Yes, do it");
        assertThat(move.text()).contains("Done", "Friday 4 December 2026 at 14:00");

        JsonNode booked = demo.bookings("Tom Ashworth");
        assertThat(booked).hasSize(2);
        assertThat(booked.toString())
                .contains(
                        "\"unitCode\":\"U2\"",
                        "\"startsAt\":\"2026-12-04T14:00:00Z\"",
                        "\"extraTimePercent\":25",
                        "\"unitCode\":\"U3\"",
                        "\"delivery\":\"PAPER\"",
                        "\"startsAt\":\"2026-12-12T10:00:00Z\"");
    }

    @Test
    void a_bulk_claim_submits_the_eligible_and_says_which_unit_the_ineligible_learner_misses() {
        ChatDriver chat = new ChatDriver(http, admin);

        chat.say("claim full certificates for my Year 13 BTEC Sport learners backdated to 1 September");
        assertThat(chat.text()).contains("Which units and grades");
        chat.say("U1 P, U2 M, U3 P");
        assertThat(chat.text())
                .contains(
                        "Full award",
                        "5 learners",
                        "Ella Marsh",
                        "Jacob Reid",
                        "1 September 2026",
                        "U1 P, U2 M and U3 P");
        chat.press("Yes, do it");

        assertThat(chat.text())
                .contains("Submitted for", "Jacob Reid is not eligible", "mandatory unit U4 Sports Leadership");
        assertThat(demo.claims("SUBMITTED").size()).isGreaterThanOrEqualTo(4);
        assertThat(demo.claims("INELIGIBLE").toString()).contains("Jacob Reid", "MANDATORY_UNIT_MISSING");

        ChatDriver why = new ChatDriver(http, admin);
        why.say("why is my claim ineligible");
        assertThat(why.text()).contains("Jacob Reid", "mandatory unit U4", "Edit an ineligible claim");
    }

    @Test
    void an_assessors_claim_is_refused_with_the_reason_and_an_exams_officer_is_refused_learner_management() {
        ChatDriver assessor = new ChatDriver(http, session.login("assessor@riverside.example"));
        assessor.say("claim full certificates for my Year 13 BTEC Sport learners");
        assertThat(assessor.text()).contains("Only a centre administrator can make a claim");

        ChatDriver officer = new ChatDriver(http, session.login("officer@riverside.example"));
        officer.say("cancel Amir Khan's BTEC Sport registration");
        assertThat(officer.text()).contains("centre administrators and assessors");
    }
}

package org.examdesk.bot.flows.learners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.examdesk.bot.engine.Flow;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.flows.FlowRig;
import org.examdesk.bot.understanding.NameWords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The cancellation, booking, moving and claim flows against fakes of the admin API, with the engine's clock fixed at
 * Monday 30 November 2026, 09:00 (UK time): what each says, and what each changes.
 */
class BookingFlowsTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);

    private final BookingLearners learners = new BookingLearners();
    private final FakeCentreBookings bookings = new FakeCentreBookings();
    private FlowRig rig;

    private FlowRig rig(Speaker speaker) throws Exception {
        rig = new FlowRig(speaker, knowledge -> {
            NameWords names = NameWords.of(knowledge);
            List<Flow> flows = List.of(
                    new CancelRegistrationFlow(names, knowledge, c -> learners, c -> bookings),
                    new BookTestFlow(names, knowledge, c -> learners, c -> bookings, CLOCK),
                    new MoveTestFlow(names, knowledge, c -> learners, c -> bookings, CLOCK),
                    new ClaimCertificatesFlow(names, knowledge, c -> learners, c -> bookings, CLOCK),
                    new IneligibleClaimsFlow(names, knowledge, c -> learners, c -> bookings));
            return flows;
        });
        return rig;
    }

    @AfterEach
    void close() throws Exception {
        if (rig != null) {
            rig.close();
        }
    }

    private static String text(List<Reply> replies) {
        return replies.toString();
    }

    @Test
    void a_blocked_registration_is_explained_and_its_future_booking_cancelled_first_then_the_registration()
            throws Exception {
        FlowRig chat = rig(LearnerFlows.centreAdministrator());

        String why = text(chat.say("why can't I cancel Ruby Taylor's registration on the maths"));

        assertThat(why)
                .contains(
                        "I can't cancel the registration of Ruby Taylor",
                        "A test is booked: U1 Mathematics",
                        "16 March 2027",
                        "until its window opens",
                        "cancel the booked test first")
                .doesNotContain("/api/v1");
        assertThat(bookings.changes).isEmpty();
        String lifted = text(chat.press("Yes, do it"));
        assertThat(bookings.changes).containsExactly("cancel booking 31");
        assertThat(lifted).contains("is cancelled", "Nothing blocks it", "No charge");
        assertThat(text(chat.press("Yes, do it"))).contains("Done", "Reference:");
        assertThat(bookings.changes).containsExactly("cancel booking 31", "cancel registration 21");
    }

    @Test
    void cancelling_an_invoiced_registration_is_confirmed_with_the_charge() throws Exception {
        FlowRig chat = rig(LearnerFlows.centreAdministrator());

        String confirm = text(chat.say("cancel Amir Khan's BTEC Sport registration"));

        assertThat(confirm).contains("Amir Khan", "603/0456/1", "invoiced", "is charged", "customer services");
        assertThat(bookings.changes).isEmpty();
        chat.press("Yes, do it");
        assertThat(bookings.changes).containsExactly("cancel registration 20");
    }

    @Test
    void an_assessor_is_told_the_registration_can_be_cancelled_but_not_offered_to_cancel_it() throws Exception {
        FlowRig chat = rig(FlowRig.staff("ASSESSOR"));

        String answer = text(chat.say("cancel Amir Khan's BTEC Sport registration"));

        assertThat(answer).contains("it can be cancelled", "Only a centre administrator can cancel");
        assertThat(answer).doesNotContain("Yes, do it");
    }

    @Test
    void two_learners_are_booked_onscreen_with_the_mode_asked_and_extra_time_for_one() throws Exception {
        FlowRig chat = rig(LearnerFlows.centreAdministrator());

        String mode = text(chat.say(
                "book Ruby Taylor and Amir Khan onscreen for unit 2 tomorrow at 10 with extra " + "time for Ruby"));
        assertThat(mode).contains("Which mode");
        String confirm = text(chat.press("Classroom (LAN)"));

        assertThat(confirm)
                .contains(
                        "unit U2",
                        "603/0456/1",
                        "classroom (LAN)",
                        "Tuesday 1 December 2026 at 10:00",
                        "Ruby Taylor (25% extra time)",
                        "Amir Khan")
                .doesNotContain("Amir Khan (25% extra time)");
        chat.press("Yes, do it");
        assertThat(bookings.changes)
                .containsExactly("book 603/0456/1 U2 ONSCREEN CLASSROOM 2026-12-01 10:00 [BookingLearner[learnerId=2,"
                        + " extraTimePercent=0, otherArrangements=null], BookingLearner[learnerId=3, "
                        + "extraTimePercent=25, otherArrangements=null]]");
    }

    @Test
    void a_paper_test_too_soon_is_offered_the_earliest_date_allowed() throws Exception {
        FlowRig chat = rig(LearnerFlows.centreAdministrator());

        String refused = text(chat.say("book a paper test for next Monday"));

        assertThat(refused)
                .contains(
                        "12 days' notice",
                        "Monday 7 December 2026 is too soon",
                        "the earliest date allowed is Saturday 12 December 2026");
        assertThat(text(chat.press("Yes, do it"))).contains("Who is the test for?");
        chat.say("Amir Khan");
        chat.say("unit 1");
        String confirm = text(chat.say("10am"));
        assertThat(confirm).contains("on paper", "Saturday 12 December 2026 at 10:00", "Amir Khan");
        chat.press("Yes, do it");
        assertThat(bookings.changes.get(0)).startsWith("book 603/0456/1 U1 PAPER null 2026-12-12 10:00");
    }

    @Test
    void a_learner_not_registered_on_the_product_is_named_and_nothing_is_booked() throws Exception {
        FlowRig chat = rig(LearnerFlows.centreAdministrator());

        String refused = text(chat.say("book Amir Khan onscreen for unit 1 of the maths tomorrow at 10"));

        assertThat(refused).contains("Amir Khan is not registered on", "603/2960/8");
        assertThat(bookings.changes).isEmpty();
    }

    @Test
    void an_arrangement_other_than_extra_time_is_for_account_services_and_a_case_is_offered() throws Exception {
        FlowRig chat = rig(LearnerFlows.centreAdministrator());

        List<Reply> replies = chat.say("book a test for Amir Khan tomorrow at 10 with a scribe");

        assertThat(text(replies)).contains("Only 25% extra time", "scribe", "Account Services", "Open a case");
        assertThat(bookings.changes).isEmpty();
    }

    @Test
    void a_test_is_moved_to_friday_afternoon_before_its_window_opens() throws Exception {
        FlowRig chat = rig(LearnerFlows.centreAdministrator());

        String confirm = text(chat.say("move Amir's test to Friday 2pm"));

        assertThat(confirm)
                .contains("U2 Fitness Training and Programming", "Amir Khan", "Friday 4 December 2026 at 14:00");
        chat.press("Yes, do it");
        assertThat(bookings.changes)
                .containsExactly(
                        "amend 40 BookingChange[date=2026-12-04, time=14:00, mode=null, extraTimePercent=null]");
    }

    @Test
    void a_test_whose_window_has_opened_is_not_moved() throws Exception {
        bookings.amirAmendable = false;
        FlowRig chat = rig(LearnerFlows.centreAdministrator());

        String refused = text(chat.say("move Amir's test to Friday 2pm"));

        assertThat(refused).contains("can be changed only until its window opens", "4 hours before");
        assertThat(bookings.changes).isEmpty();
    }

    @Test
    void a_bulk_claim_for_a_group_asks_the_units_confirms_and_says_who_is_ineligible_and_why() throws Exception {
        FlowRig chat = rig(LearnerFlows.centreAdministrator());

        String units = text(
                chat.say("claim full certificates for my Year 13 BTEC Sport learners backdated to 1 " + "September"));
        assertThat(units).contains("Which units and grades");
        String confirm = text(chat.say("U1 P, U2 M, U3 P"));

        assertThat(confirm)
                .contains(
                        "Full award",
                        "603/0456/1",
                        "Amir Khan and Ruby Taylor",
                        "U1 P, U2 M and U3 P",
                        "1 September 2026",
                        "rules of combination");
        String done = text(chat.press("Yes, do it"));
        assertThat(bookings.changes)
                .containsExactly("claim FULL 2026-09-01 [2, 3] [UnitGrade[unit=U1, grade=P], "
                        + "UnitGrade[unit=U2, grade=M], UnitGrade[unit=U3, grade=P]]");
        assertThat(done).contains("Ruby Taylor is not eligible", "mandatory unit U4");
    }

    @Test
    void an_award_date_more_than_three_months_back_is_asked_again() throws Exception {
        FlowRig chat = rig(LearnerFlows.centreAdministrator());

        String asked = text(chat.say("claim a full award for Amir Khan with U1 P, U2 M, U3 P backdated to 1 August"));

        assertThat(asked).contains("1 August 2026 can't be used", "earliest allowed is 30 August 2026");
    }

    @Test
    void a_missing_award_date_is_asked_for_and_read_against_the_clock() throws Exception {
        FlowRig chat = rig(LearnerFlows.centreAdministrator());

        assertThat(text(chat.say("claim a full award for Amir Khan with U1 P, U2 M, U3 P")))
                .contains("What is the award date?", "earliest allowed is 30 August 2026");
        String confirm = text(chat.say("1 November"));

        assertThat(confirm).contains("1 learner: Amir Khan", "award date 1 November 2026");
    }

    @Test
    void an_assessor_is_refused_a_claim_with_the_reason() throws Exception {
        FlowRig chat = rig(FlowRig.staff("ASSESSOR"));

        String refused = text(chat.say("claim full certificates for my Year 13 BTEC Sport learners"));

        assertThat(refused).contains("Only a centre administrator can make a claim");
        assertThat(bookings.changes).isEmpty();
    }

    @Test
    void the_reasons_of_ineligible_claims_are_explained() throws Exception {
        FlowRig chat = rig(LearnerFlows.centreAdministrator());

        String answer = text(chat.say("why is my claim ineligible"));

        assertThat(answer).contains("Ruby Taylor", "AC000003", "mandatory unit U4", "Edit an ineligible claim");
    }

    @Test
    void an_exams_officer_is_refused_with_a_sentence_and_shown_the_articles_on_the_task() throws Exception {
        learners.fake.forbidden = true;
        FlowRig chat = rig(FlowRig.officer());

        List<Reply> replies = chat.say("cancel Amir Khan's BTEC Sport registration");

        assertThat(text(replies)).contains("centre administrators and assessors", "cancelling registrations");
        assertThat(replies).anyMatch(r -> r instanceof Reply.ArticleCard a && a.id().equals("cancel-registration"));
        assertThat(bookings.changes).isEmpty();
    }
}

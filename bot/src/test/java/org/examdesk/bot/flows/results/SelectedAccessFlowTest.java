package org.examdesk.bot.flows.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.bot.engine.Inbound;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.flows.FlowRig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Results access for particular candidates, and for nobody, against {@link FakeResultsAccess}: no server, no
 * database, no model.
 */
class SelectedAccessFlowTest {
    private final FakeResultsAccess results = new FakeResultsAccess();
    private FlowRig rig;

    @BeforeEach
    void start() throws Exception {
        rig = new FlowRig(
                FlowRig.officer(),
                k -> List.of(new SelectedAccessFlow(c -> results), new ResultsAccessFlow(c -> results)));
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    private static Reply.Picks picks(List<Reply> replies) {
        return replies.stream()
                .filter(r -> r instanceof Reply.Picks)
                .map(r -> (Reply.Picks) r)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no list to tick in " + replies));
    }

    @Test
    void named_candidates_are_shown_ticked_confirmed_and_given_access_with_their_letters() {
        results.mode = "NONE";
        List<Reply> shown = rig.say("give results access to Chloe Adams and 0042 for june");

        Reply.Picks list = picks(shown);
        assertThat(list.options())
                .extracting(Reply.Option::label)
                .containsExactly("Chloe Adams (0044)", "Ada Okafor (0042)");
        assertThat(list.ticked()).containsExactlyInAnyOrder("3", "1");
        assertThat(rig.tick("Chloe", "Ada").toString()).contains("What is that person's name?");
        rig.say("Sam Jones");
        rig.say("sam.jones@riverside.example");
        List<Reply> confirm = rig.press("No delay");
        assertThat(confirm.toString())
                .contains(
                        "give access to Chloe Adams (0044), Ada Okafor (0042)",
                        "from NO candidates to SELECTED candidates",
                        "Sam Jones (sam.jones@riverside.example)",
                        "agrees to handle");
        assertThat(results.changes).isEmpty();

        assertThat(rig.send(Inbound.action(FlowRig.yes(confirm))).toString())
                .contains("Access given to Chloe Adams (0044), Ada Okafor (0042)", "Making the letters");
        assertThat(results.changes)
                .containsExactly(
                        "access 11 SELECTED Sam Jones sam.jones@riverside.example null 0",
                        "candidates 11 give [3, 1] remove []",
                        "letters 11");
        assertThat(rig.say("status").toString()).contains("The letters are ready");
    }

    @Test
    void a_named_candidate_is_taken_off_at_once_and_told_their_letter_stops_working() {
        results.mode = "SELECTED";
        List<Reply> shown = rig.say("take Amir Khan off results access for june");

        assertThat(picks(shown).ticked()).as("the named candidate is unticked").isEmpty();
        List<Reply> confirm = rig.tick();
        assertThat(confirm.toString())
                .contains("Take access away from Amir Khan (0045)", "stop working")
                .doesNotContain("agrees to handle");

        assertThat(rig.send(Inbound.action(FlowRig.yes(confirm))).toString())
                .contains("Access removed at once for Amir Khan (0045)", "no longer work");
        assertThat(results.changes).containsExactly("candidates 11 give [] remove [4]");
        assertThat(rig.state().flow()).isNull();
    }

    @Test
    void a_name_matching_several_lets_the_person_tick_the_right_one() {
        results.mode = "SELECTED";
        List<Reply> shown = rig.say("give results access to khan for june");

        assertThat(picks(shown).options()).hasSize(2);
        assertThat(picks(shown).ticked())
                .as("only who has access now is ticked")
                .containsExactly("4");
        List<Reply> confirm = rig.tick("Amir Khan", "Amira Khan");
        assertThat(confirm.toString())
                .contains("give access to Amira Khan (0046)")
                .doesNotContain("Take access away");
    }

    @Test
    void naming_candidates_who_have_access_through_all_changes_nothing_and_says_how_to_narrow_it() {
        results.mode = "ALL";
        List<Reply> shown = rig.say("only 0044 should see their results for june");
        assertThat(picks(shown).ticked()).containsExactly("3");

        assertThat(rig.tick("Chloe").toString()).contains("has access now (ALL candidates)", "turn access off");
        assertThat(results.changes).isEmpty();
    }

    @Test
    void turning_access_off_for_everyone_is_confirmed_and_every_login_stops() {
        List<Reply> confirm = rig.say("turn results access off for june");

        assertThat(confirm.toString()).contains("NO candidates", "Every candidate's login stops at once");
        assertThat(results.changes).isEmpty();
        assertThat(rig.send(Inbound.action(FlowRig.yes(confirm))).toString())
                .contains("Results access is off for June 2026", "no candidate can sign in");
        assertThat(results.changes).containsExactly("access 11 NONE null null null 2");
    }

    @Test
    void an_unknown_candidate_is_said_and_nothing_changes() {
        results.mode = "SELECTED";
        assertThat(rig.say("give results access to Zebedee Quux for june").toString())
                .contains(
                        "I found no candidate entered for June 2026 matching \"Zebedee Quux\"", "nothing was changed");
        assertThat(results.changes).isEmpty();

        List<Reply> shown = rig.say("0044");
        assertThat(picks(shown).options()).extracting(Reply.Option::label).containsExactly("Chloe Adams (0044)");
    }

    @Test
    void a_refusal_of_the_api_is_said_in_its_own_words_and_no_candidate_is_ticked() {
        results.mode = "NONE";
        results.refusal = new AdminApiException(
                422,
                "invalid",
                "Credentials for June 2026 can be created from 2026-05-01; today is 2026-04-30.",
                List.of());
        rig.say("give results access to 0044 for june");
        rig.tick("Chloe");
        rig.say("Sam Jones");
        rig.say("0113 496 0000");
        List<Reply> confirm = rig.press("No delay");

        assertThat(rig.send(Inbound.action(FlowRig.yes(confirm))).toString())
                .contains(
                        "I could not change results access: Credentials for June 2026 can be created from 2026-05-01");
        assertThat(results.changes).isEmpty();
    }

    @Test
    void a_series_not_open_yet_is_refused_before_anyone_is_ticked() {
        results.mode = "NONE";
        assertThat(rig.say("give results access to 0044 for november").toString())
                .contains("Credentials for November 2026 can be created from 2026-12-01");
        assertThat(rig.state().flow()).isNull();
    }

    @Test
    void requests_about_every_candidate_stay_with_giving_everyone_access() {
        assertThat(rig.say("give all candidates results access for june").toString())
                .contains("42 candidates have valid entries");
        assertThat(CandidateWish.of("create usernames and passwords for all candidates"))
                .isNull();
        assertThat(CandidateWish.of("set a results release delay of 2 days for june"))
                .isNull();
    }

    @Test
    void the_wish_is_read_from_the_brief_s_phrasings() {
        assertThat(CandidateWish.of("give results access to Chloe Adams and 0042 for June"))
                .isEqualTo(new CandidateWish(CandidateWish.Kind.GIVE, List.of("Chloe Adams", "0042")));
        assertThat(CandidateWish.of("take Amir off results access"))
                .isEqualTo(new CandidateWish(CandidateWish.Kind.REMOVE, List.of("Amir")));
        assertThat(CandidateWish.of("only some candidates should see their results"))
                .isEqualTo(new CandidateWish(CandidateWish.Kind.GIVE, List.of()));
        assertThat(CandidateWish.of("turn results access off for november"))
                .isEqualTo(new CandidateWish(CandidateWish.Kind.NONE, List.of()));
        assertThat(CandidateWish.of("no candidates should have access"))
                .isEqualTo(new CandidateWish(CandidateWish.Kind.NONE, List.of()));
    }

    @Test
    void someone_who_is_not_staff_is_not_served() {
        assertThat(new SelectedAccessFlow(c -> results)
                        .handles(
                                new org.examdesk.bot.engine.Intent(
                                        "results_access",
                                        org.examdesk.bot.understanding.Act.DO,
                                        1,
                                        org.examdesk.bot.engine.Entities.extract("take 0042 off"),
                                        "take 0042 off"),
                                FlowRig.student()))
                .isFalse();
        assertThat(Speaker.anonymous().isStaff()).isFalse();
    }
}

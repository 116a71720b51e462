package org.examdesk.bot.flows.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.ResultsModels.AssociateSetting;
import org.examdesk.bot.engine.Inbound;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.flows.FlowRig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Associate centres' access in the chat, against {@link FakeCentreAssociates}: no server, no database, no model. */
class AssociatesFlowTest {
    private final FakeCentreAssociates associates = new FakeCentreAssociates();
    private final FakeResultsAccess results = new FakeResultsAccess();
    private FlowRig rig;

    @BeforeEach
    void start() throws Exception {
        rig = new FlowRig(
                FlowRig.officer(),
                knowledge -> List.of(new AssociatesFlow(c -> associates), new ResultsAccessFlow(c -> results)));
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void the_defaults_are_confirmed_once_then_saved_and_the_associates_letters_made() {
        List<Reply> shown = rig.say("set up results access for our associate centres for june");

        assertThat(shown.toString())
                .contains(
                        "Your associate centres for June 2026",
                        "Riverside Sixth Form (40124): no access",
                        "Use your centre's defaults for all of them");
        List<Reply> confirm = rig.press("Use defaults for all");
        assertThat(confirm.toString())
                .contains("Use your defaults for every associate centre in June 2026", "Priya Shah", "2 days");
        assertThat(associates.changes)
                .as("nothing changes before the confirmation")
                .isEmpty();

        List<Reply> done = rig.send(Inbound.action(FlowRig.yes(confirm)));

        assertThat(associates.changes)
                .containsExactly("defaults true DEFAULT 2", "switch on 21 Priya Shah", "switch on 22 Priya Shah");
        assertThat(done.toString())
                .contains("Riverside Sixth Form (40124): access given", "Making the associates' letters");
        assertThat(rig.say("status").toString())
                .contains("Riverside Sixth Form (40124): 80 letters ready", "/letters-21.pdf", "/letters-22.zip");
        assertThat(rig.state().flow()).isNull();
    }

    @Test
    void centre_by_centre_the_ticked_ones_get_access_and_the_unticked_lose_it() {
        associates.update(11, List.of(new AssociateSetting(22L, true, "DEFAULT", 0)));
        associates.changes.clear();
        rig.say("set up the associate centres for june");
        rig.press("Centre by centre");

        List<Reply> confirm = rig.tick("Riverside Sixth Form");

        assertThat(confirm.toString())
                .contains(
                        "Give Riverside Sixth Form access for June 2026",
                        "take it away from Riverside Learning Centre (their candidates are cut off at once)");
        rig.send(Inbound.action(FlowRig.yes(confirm)));
        assertThat(associates.changes).containsExactly("centre 21 true", "centre 22 false", "switch on 21 Priya Shah");
    }

    @Test
    void the_list_to_tick_shows_those_with_access_ticked() {
        associates.update(11, List.of(new AssociateSetting(22L, true, "DEFAULT", 0)));
        rig.say("set up the associate centres for june");

        List<Reply> list = rig.press("Centre by centre");

        Reply.Picks picks = list.stream()
                .filter(r -> r instanceof Reply.Picks)
                .map(r -> (Reply.Picks) r)
                .findFirst()
                .orElseThrow();
        assertThat(picks.options()).hasSize(2);
        assertThat(picks.ticked()).containsExactly("22");
    }

    @Test
    void without_its_own_contact_the_parent_is_asked_to_set_up_its_access_first() {
        associates.parentContact = null;

        assertThat(rig.say("set up results access for our associate centres for june")
                        .toString())
                .contains("Set up your own centre's results access for June 2026 first");
        assertThat(rig.state().flow()).isNull();
    }

    @Test
    void the_apis_refusal_is_said_and_nothing_goes_on() {
        associates.refusal = new AdminApiException(422, "invalid", "The delay is 0 to 30 days.", List.of());
        rig.say("set up results access for our associate centres for june");
        List<Reply> confirm = rig.press("Use defaults for all");

        assertThat(rig.send(Inbound.action(FlowRig.yes(confirm))).toString())
                .contains("I could not change the associate centres' access: The delay is 0 to 30 days.");
        assertThat(rig.state().flow()).isNull();
    }

    @Test
    void a_request_for_candidates_without_associates_stays_with_the_results_access_flow() {
        assertThat(rig.say("give all candidates results access for june").toString())
                .contains("June 2026: 42 candidates have valid entries");
        assertThat(rig.state().flow()).isEqualTo(ResultsAccessFlow.NAME);
    }
}

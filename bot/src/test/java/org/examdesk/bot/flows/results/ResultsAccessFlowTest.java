package org.examdesk.bot.flows.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.examdesk.bot.engine.Inbound;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.flows.FlowRig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Giving every candidate results access, against {@link FakeResultsAccess}: no server, no database, no model. */
class ResultsAccessFlowTest {
    private final FakeResultsAccess results = new FakeResultsAccess();
    private FlowRig rig;

    @BeforeEach
    void start() throws Exception {
        rig = new FlowRig(new ResultsAccessFlow(c -> results));
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void the_contact_and_the_delay_are_asked_confirmed_once_and_the_letters_made() {
        assertThat(rig.say("give all candidates results access for june").toString())
                .contains("June 2026: 42 candidates have valid entries", "What is that person's name?");
        assertThat(rig.say("Sam Jones").toString()).contains("A phone number or an email address for Sam Jones?");
        rig.say("sam.jones@riverside.example");
        List<Reply> confirm = rig.say("2 days");
        assertThat(confirm.toString())
                .contains("Give ALL 42 candidates of June 2026 online results access, with "
                        + "Sam Jones (sam.jones@riverside.example) answering their queries, a delay of 2 days");
        assertThat(results.changes).isEmpty();

        assertThat(rig.send(Inbound.action(FlowRig.yes(confirm))).toString()).contains("Making the letters: 0 of 42");
        assertThat(results.changes)
                .as("confirming starts the letters; no second request is needed")
                .containsExactly("access 11 ALL Sam Jones sam.jones@riverside.example null 2");

        assertThat(rig.say("status").toString()).contains("The letters are ready: 42");
        assertThat(rig.state().flow()).isNull();
    }

    @Test
    void confirming_when_every_candidate_has_a_current_letter_says_none_were_needed() {
        results.lettersNeeded = false;
        rig.say("give all candidates results access for june");
        rig.say("Sam Jones");
        rig.say("sam.jones@riverside.example");
        List<Reply> confirm = rig.say("2 days");

        assertThat(rig.send(Inbound.action(FlowRig.yes(confirm))).toString())
                .contains("Access is on for June 2026", "no new letters were needed");
        assertThat(rig.state().flow()).isNull();
    }

    @Test
    void an_unclear_delay_or_contact_is_asked_again() {
        rig.say("give all candidates results access for june");
        rig.say("Sam Jones");
        assertThat(rig.say("ask at reception").toString()).contains("Please give a phone number or an email address");
        rig.say("0113 496 0000");

        assertThat(rig.say("3 or 4 days").toString()).contains("Which one exactly?");
        assertThat(rig.state().toJson().path("step").asText()).isEqualTo("delay");
        assertThat(results.changes).isEmpty();
    }

    @Test
    void a_series_not_open_yet_is_refused_with_its_date() {
        assertThat(rig.say("give all candidates results access for november").toString())
                .contains("Credentials for November 2026 can be created from 2026-12-01");
        assertThat(rig.state().flow()).isNull();
    }

    @Test
    void cancel_while_the_contact_is_asked_changes_nothing() {
        rig.say("give all candidates results access for june");

        assertThat(rig.say("cancel").toString()).contains("nothing was changed");
        assertThat(results.changes).isEmpty();
        assertThat(rig.state().flow()).isNull();
    }
}

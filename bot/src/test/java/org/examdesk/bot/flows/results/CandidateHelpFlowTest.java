package org.examdesk.bot.flows.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.examdesk.bot.flows.FlowRig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A candidate who cannot log in, and stale letters, against {@link FakeResultsAccess}: no server, no database. */
class CandidateHelpFlowTest {
    private final FakeResultsAccess results = new FakeResultsAccess();
    private FlowRig rig;

    @BeforeEach
    void start() throws Exception {
        rig = new FlowRig(
                FlowRig.officer(),
                knowledge -> List.of(new CandidateHelpFlow(c -> results), new ResultsAccessFlow(c -> results)));
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void a_candidate_without_access_is_told_the_fix() {
        assertThat(rig.say("candidate 0042 can't log in to the results website").toString())
                .contains("Ada Okafor (candidate 0042, June 2026) has no online results access");
        assertThat(results.changes).isEmpty();
    }

    @Test
    void a_candidate_with_no_entry_is_said_so() {
        assertThat(rig.say("candidate 0077 can't log in to the results website").toString())
                .contains("Candidate 0077 has no entry at your centre for June 2026");
    }

    @Test
    void stale_letters_are_regenerated_after_one_confirmation() {
        assertThat(rig.say("the letters are out of date, please regenerate them")
                        .toString())
                .contains("June 2026: 10 letters are out of date.", "Regenerate the letters for June 2026 now?");

        assertThat(rig.press("Yes, do it").toString()).contains("Making the letters: 0 of 42");
        assertThat(results.changes).containsExactly("letters 11");
        assertThat(rig.say("status").toString()).contains("The letters are ready: 42");
    }

    @Test
    void regenerating_all_the_letters_warns_that_the_old_ones_stop_working_and_gives_everyone_a_new_password() {
        assertThat(rig.say("regenerate all the letters for june please").toString())
                .contains(
                        "Make new letters for all 40 candidates with access in June 2026?",
                        "the letters you have given out stop working");
        assertThat(results.changes).isEmpty();

        assertThat(rig.press("Yes, do it").toString()).contains("Making the letters: 0 of 42");
        assertThat(results.changes).containsExactly("all letters 11");
    }

    @Test
    void no_open_series_means_nothing_to_do() {
        results.series.remove(FakeResultsAccess.JUNE);

        assertThat(rig.say("the letters are out of date, please regenerate them")
                        .toString())
                .contains("No series is open for candidate credentials yet");
    }

    @Test
    void cancel_at_the_confirmation_regenerates_nothing() {
        rig.say("the letters are out of date, please regenerate them");

        assertThat(rig.press("No, cancel").toString()).contains("nothing was changed");
        assertThat(results.changes).isEmpty();
    }
}

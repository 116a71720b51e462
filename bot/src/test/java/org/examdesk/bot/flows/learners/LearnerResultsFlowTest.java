package org.examdesk.bot.flows.learners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.flows.FlowRig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A learner's results against a fake {@link CentreLearners}. */
class LearnerResultsFlowTest {
    private final FakeCentreLearners learners = new FakeCentreLearners();
    private FlowRig rig;

    @BeforeEach
    void start() throws Exception {
        rig = LearnerFlows.rig(LearnerFlows.centreAdministrator(), learners);
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    private static Reply.Table table(List<Reply> replies) {
        return replies.stream()
                .filter(r -> r instanceof Reply.Table)
                .map(r -> (Reply.Table) r)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no table in " + replies));
    }

    @Test
    void the_overall_grade_and_the_units_are_shown_with_the_grades_in_words() {
        List<Reply> replies = rig.say("what did Chloe Evans get in BTEC Sport");

        assertThat(LearnerFlows.text(replies))
                .contains(
                        "Chloe Evans got D (Distinction) overall in BTEC Level 3 National Extended Certificate in Sport",
                        "P is a pass, F is a fail, D is a distinction");
        assertThat(table(replies).rows())
                .extracting(row -> row.get(1) + " " + row.get(2))
                .containsExactly(
                        "Overall D (Distinction)",
                        "U1 Anatomy and Physiology P (Pass)",
                        "U2 Sports Leadership F (Fail)");
        assertThat(rig.state().flow()).isNull();
    }

    @Test
    void of_two_learners_with_one_name_the_one_with_results_on_the_product_named_is_shown() {
        List<Reply> replies = rig.say("what did Chloe get in BTEC Sport");

        assertThat(table(replies).title()).contains("Chloe Evans (L10000001");
    }

    @Test
    void otherwise_a_choice_is_offered_and_a_learner_without_results_is_told_where_they_stand() {
        List<Reply> choice = rig.say("show Chloe's results");
        assertThat(LearnerFlows.text(choice)).contains("2 learners match", "Chloe Smith");

        List<Reply> none = rig.press("Chloe Smith");

        assertThat(LearnerFlows.text(none))
                .contains("Chloe Smith (L10000004", "no results yet", "Functional Skills", "active", "30 June 2027");
    }

    @Test
    void someone_who_may_not_manage_learners_is_refused_with_the_roles_article() throws Exception {
        learners.forbidden = true;
        rig.close();
        rig = LearnerFlows.rig(FlowRig.officer(), learners);

        assertThat(LearnerFlows.refusedWithArticle(rig.say("what did Chloe Evans get in BTEC Sport")))
                .isTrue();
    }
}

package org.examdesk.bot.flows.learners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.flows.FlowRig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Finding learners by name, group, ULN or learner id against a fake {@link CentreLearners}. */
class FindLearnersFlowTest {
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

    private static List<String> names(List<Reply> replies) {
        return replies.stream()
                .filter(r -> r instanceof Reply.Table)
                .flatMap(r -> ((Reply.Table) r).rows().stream())
                .map(row -> row.get(0) + " " + row.get(1))
                .toList();
    }

    @Test
    void a_given_name_lists_every_learner_of_it() {
        List<Reply> replies = rig.say("find learner Chloe");

        assertThat(LearnerFlows.text(replies)).contains("2 learners matching \u201cchloe\u201d");
        assertThat(names(replies)).containsExactly("Chloe Evans L10000001", "Chloe Smith L10000004");
        assertThat(rig.state().flow()).isNull();
    }

    @Test
    void a_group_lists_its_learners() {
        List<Reply> replies = rig.say("find learners in group Year 10 September");

        assertThat(LearnerFlows.text(replies)).contains("2 learners in group \u201cYear 10 September\u201d");
        assertThat(names(replies)).containsExactly("Chloe Evans L10000001", "Ruby Taylor L10000003");
    }

    @Test
    void a_group_not_submitted_yet_is_explained_and_an_unknown_one_is_said() {
        assertThat(LearnerFlows.text(rig.say("who's in the year 11 march group")))
                .contains("\u201cYear 11 March\u201d has not been submitted yet", "12 records, 3 of them invalid");
        assertThat(LearnerFlows.text(rig.say("find learners in group Year 13 Nowhere")))
                .contains("I can't find a learner group called \u201cYear 13 Nowhere\u201d");
    }

    @Test
    void a_uln_and_a_learner_id_find_their_learner() {
        assertThat(names(rig.say("look up ULN 2234567890"))).containsExactly("Ruby Taylor L10000003");
        assertThat(names(rig.say("find learner l10000002"))).containsExactly("Amir Khan L10000002");
    }

    @Test
    void nobody_found_is_said_with_the_closest_names_and_nothing_named_is_asked() {
        assertThat(LearnerFlows.text(rig.say("find learner Zebedee Quill")))
                .contains("I can't find a learner called Zebedee Quill at your centre", "Chloe Evans");
        assertThat(LearnerFlows.text(rig.say("find a learner"))).contains("Who are you looking for?");
        assertThat(names(rig.say("Ruby Taylor"))).containsExactly("Ruby Taylor L10000003");
    }

    @Test
    void someone_who_may_not_manage_learners_is_refused_with_the_roles_article() throws Exception {
        learners.forbidden = true;
        rig.close();
        rig = LearnerFlows.rig(FlowRig.officer(), learners);

        assertThat(LearnerFlows.refusedWithArticle(rig.say("find learner Chloe")))
                .isTrue();
    }
}

package org.examdesk.bot.flows.learners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.flows.FlowRig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A learner's one amendment against a fake {@link CentreLearners}, and the case offered for a second one. */
class AmendLearnerFlowTest {
    private final FakeCentreLearners learners = new FakeCentreLearners();
    private FlowRig rig;

    @BeforeEach
    void start() throws Exception {
        rig = LearnerFlows.rig(FlowRig.staff("ASSESSOR"), learners);
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void a_date_of_birth_in_the_request_is_confirmed_with_both_values_and_amended_once() {
        List<Reply> confirm = rig.say("change Ruby Taylor's date of birth to 3 May 2009");
        assertThat(LearnerFlows.text(confirm))
                .contains(
                        "date of birth of Ruby Taylor (learner id L10000003",
                        "from 20 January 2009 to 3 May 2009",
                        "one amendment");
        assertThat(learners.changes).isEmpty();

        List<Reply> done = rig.press("Yes, do it");

        assertThat(learners.changes).containsExactly("amend 3 dateOfBirth 2009-05-03");
        assertThat(LearnerFlows.text(done)).contains("Done: The change is made", "Reference: ED-");
    }

    @Test
    void a_learner_whose_amendment_is_used_is_offered_a_case_with_the_learner_and_both_values() {
        List<Reply> offered = rig.say("change Amir Khan's date of birth to 3 May 2009");

        assertThat(LearnerFlows.text(offered))
                .contains(
                        "already had the one amendment",
                        "family name from Kahn to Khan, on 14 October 2025",
                        "account specialist",
                        "from 3 April 2009 to 3 May 2009",
                        "Open a case");
        assertThat(learners.changes).isEmpty();
        assertThat(rig.state().flow()).isEqualTo("open_case");
        assertThat(rig.state().toJson().at("/data/subcategory").asText()).isEqualTo("learner-amendments");
        assertThat(rig.state().toJson().at("/data/description").asText())
                .contains(
                        "Amir Khan (learner id L10000002)",
                        "On file: 3 April 2009",
                        "Correct date of birth: 3 May 2009");
    }

    @Test
    void the_admin_apis_refusal_of_a_second_amendment_at_confirmation_is_said_and_a_case_offered() {
        learners.amendmentsUsedMeanwhile = true;
        List<Reply> confirm = rig.say("please correct ruby taylor's surname to Tayler");
        assertThat(LearnerFlows.text(confirm)).contains("family name", "from Taylor to Tayler");

        List<Reply> refused = rig.press("Yes, do it");

        assertThat(LearnerFlows.text(refused))
                .contains("has already had the one amendment a centre may make", "Open a case");
        assertThat(rig.state().toJson().at("/data/description").asText())
                .contains("On file: Taylor", "Correct family name: Tayler");
        assertThat(learners.changes).isEmpty();
    }

    @Test
    void the_detail_and_the_value_are_asked_when_missing_and_no_changes_nothing() {
        List<Reply> which = rig.say("amend Ruby Taylor's details");
        assertThat(LearnerFlows.text(which)).contains("Which detail of Ruby Taylor", "Family name (Taylor)");

        List<Reply> value = rig.press("Given name");
        assertThat(LearnerFlows.text(value)).contains("given name be? On file now: Ruby");
        List<Reply> confirm = rig.say("it should be Rubie");
        assertThat(LearnerFlows.text(confirm)).contains("from Ruby to Rubie");

        List<Reply> no = rig.say("no");

        assertThat(LearnerFlows.text(no)).contains("changed nothing");
        assertThat(learners.changes).isEmpty();
        assertThat(rig.state().flow()).isNull();
    }

    @Test
    void someone_who_may_not_manage_learners_is_refused_with_the_roles_article() throws Exception {
        learners.forbidden = true;
        rig.close();
        rig = LearnerFlows.rig(FlowRig.officer(), learners);

        List<Reply> refused = rig.say("change Amir Khan's date of birth to 3 May 2009");

        assertThat(LearnerFlows.refusedWithArticle(refused))
                .as(refused.toString())
                .isTrue();
        assertThat(rig.state().flow()).isNull();
    }

    @Test
    void the_refusal_also_shows_the_article_on_what_was_asked_about_and_never_more_than_three_cards() throws Exception {
        learners.forbidden = true;
        rig.close();
        rig = LearnerFlows.rig(FlowRig.officer(), learners);

        List<Reply> refused = rig.say("learner changed surname after getting married, can we amend it");

        List<String> cards = refused.stream()
                .filter(r -> r instanceof Reply.ArticleCard)
                .map(r -> ((Reply.ArticleCard) r).id())
                .toList();
        assertThat(cards).as(refused.toString()).contains(LearnerAccess.ROLES_ARTICLE, "amend-learner-details");
        assertThat(cards).hasSizeLessThanOrEqualTo(3).doesNotHaveDuplicates();
    }
}

package org.examdesk.bot.flows.learners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.flows.FlowRig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Registering learners against a fake {@link CentreLearners}: no server, no database, no embedding model. */
class RegisterLearnersFlowTest {
    private final FakeCentreLearners learners = new FakeCentreLearners();
    private FlowRig rig;

    @AfterEach
    void stop() {
        rig.close();
    }

    private List<Reply> say(String text) throws Exception {
        if (rig == null) {
            rig = LearnerFlows.rig(LearnerFlows.centreAdministrator(), learners);
        }
        return rig.say(text);
    }

    @Test
    void a_learner_is_registered_after_the_missing_details_and_the_cost_are_shown_and_confirmed() throws Exception {
        List<Reply> anyoneElse = say("register Ruby Taylor on the BTEC Level 3 Sport");
        assertThat(LearnerFlows.text(anyoneElse)).contains("Ruby Taylor (L10000003", "Anyone else");

        List<Reply> dates = rig.press("That's everyone");
        assertThat(LearnerFlows.text(dates)).contains("start and end");
        List<Reply> po = rig.say("1/9/2026 to 30 June 2028");
        assertThat(LearnerFlows.text(po)).contains("purchase-order number");
        List<Reply> confirm = rig.say("it's HS-2291");
        assertThat(LearnerFlows.text(confirm))
                .contains(
                        "603/0456/1 BTEC Level 3 National Extended Certificate in Sport",
                        "1 September 2026 to 30 June 2028",
                        "purchase order HS-2291",
                        "\u00a3118.00 per registration = \u00a3118.00 in total");
        assertThat(learners.changes).isEmpty();

        List<Reply> done = rig.press("Yes, do it");

        assertThat(learners.changes).containsExactly("order [603/0456/1] [3] 2026-09-01..2028-06-30 PO HS-2291");
        assertThat(LearnerFlows.text(done)).contains("Done: order 77", "Ruby Taylor", "Reference: ED-");
        assertThat(rig.state().flow()).isNull();
    }

    @Test
    void two_learners_named_at_once_go_on_one_order_whose_total_counts_both() throws Exception {
        say("pls register Ruby Taylor and Amir Khan for the business diploma, course 01/09/2026 to 30/06/2027");
        List<Reply> confirm = rig.press("No PO number");

        assertThat(LearnerFlows.text(confirm))
                .contains(
                        "Ruby Taylor",
                        "Amir Khan",
                        "with no purchase-order number",
                        "\u00a3145.00 per registration \u00d7 2 = \u00a3290.00 in total");
        List<Reply> yes = rig.say("yes go ahead");
        assertThat(learners.changes)
                .as(yes.toString())
                .containsExactly("order [603/0457/3] [2, 3] 2026-09-01..2027-06-30 PO null");
    }

    @Test
    void a_name_several_learners_share_is_a_choice_and_a_missing_product_is_asked() throws Exception {
        List<Reply> choice = say("register Chloe please");
        assertThat(LearnerFlows.text(choice)).contains("2 learners match", "Chloe Evans (L10000001", "Chloe Smith");

        rig.say("the second one");
        List<Reply> product = rig.press("That's everyone");

        assertThat(LearnerFlows.text(product)).contains("Which qualification should I register Chloe Smith on?");
        assertThat(LearnerFlows.text(rig.say("maths"))).contains("start and end");
    }

    @Test
    void a_learner_already_registered_on_the_product_is_explained_and_nothing_is_ordered() throws Exception {
        say("register Chloe Evans on btec sport, PO 4471");
        rig.press("That's everyone");

        List<Reply> refused = rig.say("1/9/2026 - 30/6/2028");

        assertThat(LearnerFlows.text(refused))
                .contains("I have not placed the order", "already registered", "only once", "completed");
        assertThat(learners.changes).isEmpty();
        assertThat(rig.state().flow()).isNull();
    }

    @Test
    void cancelling_at_the_confirmation_orders_nothing() throws Exception {
        say("register Ruby Taylor on the functional skills maths from 1/9/2026 to 30/6/2027");
        rig.press("That's everyone");
        rig.press("No PO number");

        List<Reply> cancelled = rig.press("No, cancel");

        assertThat(LearnerFlows.text(cancelled)).contains("Cancelled");
        assertThat(learners.changes).isEmpty();
        assertThat(rig.state().flow()).isNull();
    }

    @Test
    void someone_who_may_not_manage_learners_is_refused_politely_with_the_roles_article() throws Exception {
        learners.forbidden = true;
        rig = LearnerFlows.rig(FlowRig.officer(), learners);

        List<Reply> refused = rig.say("register Ruby Taylor on the BTEC Level 3 Sport");

        assertThat(LearnerFlows.refusedWithArticle(refused))
                .as(refused.toString())
                .isTrue();
        assertThat(LearnerFlows.text(refused)).contains("If you meant a student's results account");
        assertThat(rig.state().flow()).isNull();
        assertThat(learners.changes).isEmpty();
    }
}

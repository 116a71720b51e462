package org.examdesk.bot.flows.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.flows.FlowRig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** "My cases" and "case 12345678", against {@link FakeSupportCases}: no server, no database, no model. */
class CaseTrackingFlowTest {
    private final FakeSupportCases cases = new FakeSupportCases();
    private FlowRig rig;

    private FlowRig rig(Speaker speaker) throws Exception {
        rig = new FlowRig(speaker, knowledge -> List.of(new CaseTrackingFlow(OpenCaseFlowTest.CLOSED, c -> cases)));
        return rig;
    }

    @AfterEach
    void stop() {
        if (rig != null) {
            rig.close();
        }
    }

    @Test
    void a_case_is_shown_and_a_comment_is_added_to_it() throws Exception {
        rig(FlowRig.officer());
        assertThat(rig.say("whats the status of case " + FakeSupportCases.EXISTING)
                        .toString())
                .contains("Case 30018842: Locked out. Status: in progress", "We are looking at it");

        rig.press("Add a comment");
        assertThat(rig.say("The student tried again today").toString()).contains("Added to case 30018842");

        assertThat(cases.comments).containsExactly("30018842: The student tried again today");
        assertThat(rig.state().flow()).isNull();
    }

    @Test
    void my_cases_are_listed() throws Exception {
        rig(FlowRig.officer());

        assertThat(rig.say("show my cases").toString()).contains("Your cases (1)", "30018842 · Locked out");
    }

    @Test
    void a_case_that_is_not_the_callers_is_not_found() throws Exception {
        rig(FlowRig.officer());

        assertThat(rig.say("whats the status of case 99999999").toString())
                .contains("I can't find case 99999999 among your cases");
        assertThat(rig.state().flow()).isNull();
    }

    @Test
    void a_visitor_is_asked_to_sign_in() throws Exception {
        rig(Speaker.anonymous());

        assertThat(rig.say("show my cases").toString()).contains("Sign in first");
    }

    @Test
    void cancel_instead_of_the_comment_adds_nothing() throws Exception {
        rig(FlowRig.officer());
        rig.say("whats the status of case " + FakeSupportCases.EXISTING);
        rig.press("Add a comment");

        assertThat(rig.say("cancel").toString()).contains("nothing was changed");
        assertThat(cases.comments).isEmpty();
    }
}

package org.examdesk.bot.flows.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.examdesk.bot.engine.Inbound;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.flows.FlowRig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * "Talk to a person" and the live chat it leads to, against {@link FakeSupportCases}: no server, no database, no
 * model. Chat hours are a fixed clock.
 */
class TalkToPersonFlowTest {
    /** A Monday morning: live chat is open. */
    private static final ChatHours OPEN = new ChatHours(
            Clock.fixed(Instant.parse("2026-11-02T10:00:00Z"), ZoneId.of("Europe/London")),
            LocalTime.of(9, 0),
            LocalTime.of(17, 0),
            ZoneId.of("Europe/London"),
            Set.of());

    private final FakeSupportCases cases = new FakeSupportCases();
    private FlowRig rig;

    private void rig(ChatHours hours) throws Exception {
        rig = new FlowRig(FlowRig.officer(), knowledge -> {
            OpenCaseFlow openCase = new OpenCaseFlow(knowledge, hours, c -> cases);
            return List.of(openCase, new TalkToPersonFlow(hours, openCase), new LiveChatFlow(c -> cases));
        });
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    private List<Reply> fillTheCase() {
        rig.press("An exam centre");
        rig.press("Accounts and access");
        rig.press("Student accounts");
        rig.press("Locked account");
        rig.press("No particular qualification");
        rig.press("Not applicable");
        rig.say("Locked out");
        return rig.say("A student cannot sign in");
    }

    @Test
    void in_chat_hours_a_chat_case_is_opened_and_the_chat_goes_to_the_agent_until_they_close_it() throws Exception {
        rig(OPEN);
        assertThat(rig.say("i want to talk to a person").toString()).contains("I'll connect you with an agent");
        List<Reply> confirm = fillTheCase();
        assertThat(confirm.toString()).contains("support by chat");

        assertThat(rig.send(Inbound.action(FlowRig.yes(confirm))).toString()).contains("An agent will join this chat");
        assertThat(cases.opened.get(0).supportOption()).isEqualTo("CHAT");
        rig.say("hello, are you there?");
        assertThat(cases.comments).containsExactly("40000001: hello, are you there?");

        cases.statuses.put("40000001", "RESOLVED");
        assertThat(rig.say("thanks").toString()).contains("The agent has ended the live chat");
        assertThat(rig.state().flow()).isNull();
    }

    @Test
    void out_of_hours_a_call_back_case_is_offered_instead() throws Exception {
        rig(OpenCaseFlowTest.CLOSED);
        assertThat(rig.say("i want to talk to a person").toString()).contains("Our agents chat Monday to Friday");

        rig.press("Ask us to call");
        List<Reply> confirm = fillTheCase();

        assertThat(confirm.toString()).contains("support by call");
    }

    @Test
    void out_of_hours_a_typed_answer_is_asked_again_and_cancel_ends_it() throws Exception {
        rig(OpenCaseFlowTest.CLOSED);
        rig.say("i want to talk to a person");

        assertThat(rig.say("hmm").toString()).contains("Please choose one of the options above");
        assertThat(rig.say("cancel").toString()).contains("nothing was changed");
        assertThat(cases.opened).isEmpty();
        assertThat(rig.state().flow()).isNull();
    }
}

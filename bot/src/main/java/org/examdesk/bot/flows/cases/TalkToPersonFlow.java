package org.examdesk.bot.flows.cases;

import java.util.List;
import org.examdesk.bot.engine.Flow;
import org.examdesk.bot.engine.Intent;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.engine.Turn;

/**
 * "Talk to a person": during chat hours a signed-in person is connected to an agent (a chat case, then the live
 * chat); otherwise the bot says when chat is open and offers a message or a call case instead.
 */
public final class TalkToPersonFlow implements Flow {
    enum Step {
        CHOOSE
    }

    private final ChatHours hours;
    private final OpenCaseFlow openCase;

    public TalkToPersonFlow(ChatHours hours, OpenCaseFlow openCase) {
        this.hours = hours;
        this.openCase = openCase;
    }

    @Override
    public String name() {
        return "talk_to_person";
    }

    @Override
    public boolean handles(Intent intent, Speaker speaker) {
        return intent.is("talk_to_person") || intent.is("call_back");
    }

    @Override
    public String offer(Intent intent) {
        return intent.is("call_back") ? "Ask for a call back now" : "Talk to a person now";
    }

    @Override
    public void start(Turn turn, Intent intent) {
        if (intent.is("call_back")) {
            turn.say("I'll ask an agent to call you. First a few questions, so they know what it is about.");
            openCase.startWith(turn, CaseDraft.supportBy("CALL"));
            return;
        }
        if (hours.openNow() && turn.speaker().signedIn()) {
            turn.say("I'll connect you with an agent. First a few questions, so they know what it is about.");
            openCase.startWith(turn, CaseDraft.supportBy("CHAT"));
            return;
        }
        turn.state().enter(name(), Step.CHOOSE);
        String why =
                hours.openNow() ? "Live chat needs you to sign in first." : "Our agents chat " + hours.describe() + ".";
        turn.choices(
                why + " I can open a case for you now instead:",
                List.of(
                        turn.option("Send a message (reply within 48 hours)", "MESSAGE"),
                        turn.option("Ask us to call", "CALL")));
    }

    @Override
    public void resume(Turn turn) {
        String option = turn.action();
        if ("MESSAGE".equals(option) || "CALL".equals(option)) {
            openCase.startWith(turn, CaseDraft.supportBy(option));
        } else {
            turn.say("Please choose one of the options above, or say \"cancel\".");
        }
    }
}

package org.examdesk.bot.flows.cases;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.util.Set;
import java.util.function.Function;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.CaseModels.CaseDetails;
import org.examdesk.bot.engine.Flow;
import org.examdesk.bot.engine.Intent;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.engine.Turn;

/**
 * A live chat with an agent: while it lasts the bot stays silent and passes each message to the case as the
 * requester's comment; the agent's replies reach the chat through the case events. It ends when the agent
 * resolves or closes the case, or when the person says "cancel".
 */
public final class LiveChatFlow implements Flow {
    static final String NAME = "live_chat";
    private static final Set<String> ENDED = Set.of("RESOLVED", "CLOSED");

    /** The chat case the live chat belongs to. */
    record Live(@JsonAlias("case") String number) {}

    enum Step {
        LIVE
    }

    private final Function<AdminClient.Caller, SupportCases> cases;

    /** {@code cases} gives the cases as the admin API serves them to a caller ({@link SupportCases#over}). */
    public LiveChatFlow(Function<AdminClient.Caller, SupportCases> cases) {
        this.cases = cases;
    }

    static void enter(Turn turn, String caseNumber) {
        turn.state().enter(NAME, Step.LIVE);
        turn.state().write(new Live(caseNumber));
        turn.say("An agent will join this chat shortly. Everything you type now goes to them; say \"cancel\" to "
                + "leave the live chat (your case stays open).");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean handles(Intent intent, Speaker speaker) {
        return false;
    }

    @Override
    public boolean holdsConversation() {
        return true;
    }

    @Override
    public void start(Turn turn, Intent intent) {
        throw new IllegalStateException("A live chat starts only from an opened chat case");
    }

    @Override
    public void resume(Turn turn) {
        String number = turn.state().read(Live.class).number();
        SupportCases mine = cases.apply(turn.admin());
        CaseDetails details = mine.find(number);
        if (ENDED.contains(details.status())) {
            turn.state().clear();
            turn.say("The agent has ended the live chat (case " + number + " is "
                    + details.status().toLowerCase() + "). I'm back: what else can I help with?");
            return;
        }
        if (turn.text() != null) {
            mine.comment(number, turn.text());
        }
    }
}

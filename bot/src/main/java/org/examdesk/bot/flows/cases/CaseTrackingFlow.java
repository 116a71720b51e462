package org.examdesk.bot.flows.cases;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.CaseModels.Activity;
import org.examdesk.admin.client.CaseModels.CaseDetails;
import org.examdesk.admin.client.CaseModels.CasePage;
import org.examdesk.bot.engine.Flow;
import org.examdesk.bot.engine.FlowState;
import org.examdesk.bot.engine.Intent;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.engine.Turn;

/** "My cases" and "case 12345678": status, due time and latest activity, and adding a comment from the chat. */
public final class CaseTrackingFlow implements Flow {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);
    private static final int MAX_COMMENT = 10_000;

    /** The case shown, kept while the person adds a comment to it. */
    record Shown(@JsonAlias("case") String number) {}

    enum Step {
        CASE,
        COMMENT
    }

    private final ChatHours hours;
    private final Function<AdminClient.Caller, SupportCases> cases;

    /** {@code cases} gives the cases as the admin API serves them to a caller ({@link SupportCases#over}). */
    public CaseTrackingFlow(ChatHours hours, Function<AdminClient.Caller, SupportCases> cases) {
        this.hours = hours;
        this.cases = cases;
    }

    @Override
    public String name() {
        return "track_case";
    }

    @Override
    public boolean handles(Intent intent, Speaker speaker) {
        return intent.is("my_cases") || intent.is("track_case");
    }

    @Override
    public boolean startsNow(Turn turn, Intent intent) {
        return !intent.asksHow() || !intent.entities().caseNumbers().isEmpty();
    }

    @Override
    public boolean expectsText(FlowState state) {
        return state.at(Step.COMMENT);
    }

    @Override
    public String offer(Intent intent) {
        return "Show my cases";
    }

    @Override
    public void start(Turn turn, Intent intent) {
        if (!turn.speaker().signedIn()) {
            turn.say("Sign in first and I'll show you your cases.");
            return;
        }
        SupportCases mine = cases.apply(turn.admin());
        if (!intent.entities().caseNumbers().isEmpty()) {
            show(turn, mine, intent.entities().caseNumbers().get(0));
        } else {
            list(turn, mine.mine());
        }
    }

    private void list(Turn turn, CasePage page) {
        if (page.items().isEmpty()) {
            turn.say("You have no cases yet.");
            return;
        }
        StringBuilder text = new StringBuilder("Your cases (" + page.total() + "):");
        page.items().stream().limit(10).forEach(c -> text.append("\n")
                .append(c.number())
                .append(" · ")
                .append(c.subject())
                .append(" · ")
                .append(status(c.status()))
                .append(c.closedAt() == null && c.dueAt() != null ? " · reply due " + when(c.dueAt()) : ""));
        turn.say(text.toString());
        turn.say("Say \"case\" and a number to see one, e.g. \"case "
                + page.items().get(0).number() + "\".");
        turn.withTaskArticles();
    }

    private void show(Turn turn, SupportCases mine, String number) {
        try {
            CaseDetails c = mine.find(number);
            turn.add(new Reply.CaseCard(c.number(), c.status()));
            Activity latest = c.latest();
            turn.say("Case " + c.number() + ": " + c.subject() + ". Status: " + status(c.status())
                    + (c.closedAt() == null && c.dueAt() != null ? ". Reply due " + when(c.dueAt()) : "")
                    + (latest == null
                            ? "."
                            : ". Latest: "
                                    + latest.kind().toLowerCase(Locale.ROOT).replace('_', ' ')
                                    + (latest.body() == null ? "" : " \u2014 \"" + latest.body() + "\"") + " ("
                                    + when(latest.at()) + ")."));
            turn.state().enter(name(), Step.CASE);
            turn.state().write(new Shown(c.number()));
            turn.choices("Anything to add?", List.of(turn.option("Add a comment", "comment")));
        } catch (AdminApiException e) {
            if (e.status() != 404) {
                throw e;
            }
            turn.say("I can't find case " + number + " among your cases. Check the 8-digit number.");
        }
    }

    @Override
    public void resume(Turn turn) {
        String number = turn.state().read(Shown.class).number();
        if ("comment".equals(turn.action())) {
            turn.state().step(Step.COMMENT);
            turn.say("Type your comment for case " + number + ".");
        } else if (turn.state().at(Step.COMMENT) && turn.text() != null) {
            if (turn.text().length() > MAX_COMMENT) {
                turn.say("Comments are limited to " + MAX_COMMENT + " characters; please shorten it.");
                return;
            }
            cases.apply(turn.admin()).comment(number, turn.text());
            turn.state().clear();
            turn.say("Added to case " + number + ". The agent sees it with the case.");
        } else {
            turn.state().clear();
            turn.say("What else can I help with?");
        }
    }

    private String when(Instant instant) {
        return WHEN.format(instant.atZone(hours.zone()));
    }

    private static String status(String status) {
        return status.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}

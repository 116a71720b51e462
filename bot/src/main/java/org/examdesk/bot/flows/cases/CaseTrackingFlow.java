package org.examdesk.bot.flows.cases;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.CaseModels.Attachment;
import org.examdesk.admin.client.CaseModels.CaseDetails;
import org.examdesk.admin.client.CaseModels.CasePage;
import org.examdesk.bot.engine.Entities;
import org.examdesk.bot.engine.Flow;
import org.examdesk.bot.engine.FlowState;
import org.examdesk.bot.engine.Intent;
import org.examdesk.bot.engine.SharedFile;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.engine.Turn;

/**
 * "My cases" (open, finished, by due date, newest first) and "case 12345678": the whole case page, adding a comment,
 * and adding a file: while a case is looked at, a file shared in the chat is attached to it.
 */
public final class CaseTrackingFlow implements Flow {
    static final String NAME = "track_case";
    private static final int MAX_COMMENT = 10_000;

    /** The case shown, kept while the person adds a comment or a file to it. */
    record Shown(@JsonAlias("case") String number) {}

    enum Step {
        CASE,
        COMMENT,
        FILE,
        LIST
    }

    private final Function<AdminClient.Caller, SupportCases> cases;
    private final CasePageView view;

    /** {@code cases} gives the cases as the admin API serves them to a caller ({@link SupportCases#over}). */
    public CaseTrackingFlow(ChatHours hours, Function<AdminClient.Caller, SupportCases> cases) {
        this.cases = cases;
        this.view = new CasePageView(hours);
    }

    @Override
    public String name() {
        return NAME;
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
        if (!intent.entities().caseNumbers().isEmpty()) {
            show(turn, intent.entities().caseNumbers().get(0), false);
        } else {
            list(turn, MyCasesQuery.from(intent.text()));
        }
    }

    /** Right after a case is opened: it is the case looked at, so a file shared next is attached to it. */
    static void lookAt(Turn turn, String number) {
        turn.state().enter(NAME, Step.CASE);
        turn.state().write(new Shown(number));
        turn.choices(
                "Have a document or a screenshot for it? Add it now.",
                List.of(turn.option("Add a file", "file"), turn.option("Add a comment", "comment")));
    }

    private void list(Turn turn, MyCasesQuery query) {
        CasePage page = cases.apply(turn.admin()).mine(query.status(), query.sort());
        turn.state().enter(name(), Step.LIST);
        view.list(turn, page, query);
        turn.choices("Show them another way?", MyCasesQuery.options(turn));
        turn.withTaskArticles();
    }

    private void show(Turn turn, String number, boolean everything) {
        try {
            CaseDetails c = cases.apply(turn.admin()).find(number);
            turn.state().enter(name(), Step.CASE);
            turn.state().write(new Shown(c.number()));
            view.page(turn, c, everything);
        } catch (AdminApiException e) {
            if (e.status() != 404) {
                throw e;
            }
            turn.state().clear();
            turn.say("I can't find case " + number + " among your cases. Check the 8-digit number.");
        }
    }

    @Override
    public void resume(Turn turn) {
        String action = turn.action() == null ? "" : turn.action();
        if (action.startsWith(MyCasesQuery.ACTION)) {
            list(turn, MyCasesQuery.fromAction(action));
            return;
        }
        if (turn.text() != null && !turn.state().at(Step.COMMENT) && anotherLook(turn, turn.text())) {
            return;
        }
        Shown shown = turn.state().at(Step.LIST) ? null : turn.state().read(Shown.class);
        if (shown != null && action.equals("comment")) {
            turn.state().step(Step.COMMENT);
            turn.say("Type your comment for case " + shown.number() + ".");
        } else if (shown != null && action.equals("file")) {
            turn.state().step(Step.FILE);
            turn.say("Send the file for case " + shown.number() + " now: attach it to this conversation. "
                    + "At most 10 MB; allowed, with the extension in lower case: jpg, txt, doc, pdf, xls, xlsx, ppt, "
                    + "key, png, rtf, docx, csv, erd, ern, zip.");
        } else if (shown != null && action.equals("history")) {
            show(turn, shown.number(), true);
        } else if (shown != null && turn.state().at(Step.COMMENT) && turn.text() != null) {
            comment(turn, shown.number(), turn.text());
        } else {
            turn.state().clear();
            turn.say("What else can I help with?");
        }
    }

    /** Typed while cases are looked at: another case ("case 12345678") or the list again ("my open cases"). */
    private boolean anotherLook(Turn turn, String text) {
        List<String> numbers = Entities.extract(text).caseNumbers();
        if (!numbers.isEmpty()) {
            show(turn, numbers.get(0), false);
            return true;
        }
        if (MyCasesQuery.asksForList(text)) {
            list(turn, MyCasesQuery.from(text));
            return true;
        }
        return false;
    }

    private void comment(Turn turn, String number, String text) {
        if (text.length() > MAX_COMMENT) {
            turn.say("Comments are limited to " + MAX_COMMENT + " characters; please shorten it.");
            return;
        }
        cases.apply(turn.admin()).comment(number, text);
        turn.state().clear();
        turn.say("Added to case " + number + ". The agent sees it with the case.");
    }

    @Override
    public boolean takesAt(FlowState state, SharedFile file, Speaker speaker) {
        return speaker.signedIn() && NAME.equals(state.flow()) && (state.at(Step.CASE) || state.at(Step.FILE));
    }

    /** A file shared while a case is looked at: attached to it through the admin API, as the person. */
    @Override
    public void receive(Turn turn, SharedFile file) {
        String number = turn.state().read(Shown.class).number();
        try {
            Attachment added =
                    cases.apply(turn.admin()).attach(number, file.fileName(), file.contentType(), file.content());
            turn.state().step(Step.CASE);
            turn.say("Attached " + added.fileName() + " (" + CasePageView.size(added.size()) + ") to case " + number
                    + ". The agent sees it with the case.");
            turn.choices(
                    "Anything else to add?",
                    List.of(turn.option("Add a file", "file"), turn.option("Add a comment", "comment")));
        } catch (AdminApiException e) {
            if (e.status() >= 500 || e.status() == 401) {
                throw e;
            }
            turn.say(e.getMessage() + " Nothing was attached to case " + number + ".");
        }
    }

    static String status(String status) {
        return status.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}

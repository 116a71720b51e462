package org.examdesk.bot.flows.students;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.ResultsModels.Series;
import org.examdesk.bot.engine.Entities;
import org.examdesk.bot.engine.Flow;
import org.examdesk.bot.engine.Intent;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.engine.Turn;
import org.examdesk.bot.flows.results.SeriesChooser;

/**
 * "Export the verification codes for June" (domain section 1): which series, a confirmation that says what the
 * export does and that the person takes responsibility for the file, then the admin API's CSV handed to the person
 * alone ({@link Reply.PrivateFile}: never into the transcript, in Slack only to their direct message). The admin
 * API decides who may export; its refusal is said in words.
 */
public final class VerificationCodesFlow implements Flow {
    static final String NAME = "verification_codes";
    static final String EXPORT = "codes:export";
    static final String TOGGLE = "codes:toggle";

    /** Asking for fresh codes rather than codes for new accounts only: "reissue", "lost the file", "again". */
    private static final Pattern REISSUE =
            Pattern.compile("\\b(re-?issue|reissuing|lost|again|fresh|new codes|re-?send|replace)\\b");

    /** The steps: which series, then the confirmation. */
    enum Step {
        SERIES,
        CONFIRM
    }

    /** What the flow keeps between turns: the series chosen, and whether unused codes are reissued too. */
    record CodesState(Long seriesId, String seriesName, Boolean reissue) {
        boolean reissuing() {
            return Boolean.TRUE.equals(reissue);
        }
    }

    private final SeriesChooser chooser = new SeriesChooser();
    private final Function<AdminClient.Caller, CodesExport> export;

    /** {@code export} gives the export as the admin API serves it to a caller ({@link CodesExport#over}). */
    public VerificationCodesFlow(Function<AdminClient.Caller, CodesExport> export) {
        this.export = export;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean handles(Intent intent, Speaker speaker) {
        return speaker.isStaff() && intent.is("export_codes");
    }

    @Override
    public String offer(Intent intent) {
        return "Export verification codes now";
    }

    /** The series key the export reads, from the series' name: "June 2026" is june-2026. */
    static String key(String seriesName) {
        return seriesName.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
    }

    @Override
    public void start(Turn turn, Intent intent) {
        boolean reissue =
                REISSUE.matcher(intent.text().toLowerCase(Locale.ROOT)).find();
        List<Series> all;
        try {
            all = export.apply(turn.admin()).series();
        } catch (AdminApiException e) {
            refused(turn, e);
            return;
        }
        turn.state().enter(NAME, Step.SERIES);
        turn.state().write(new CodesState(null, null, reissue));
        Optional<Series> named = chooser.named(all, intent.entities().series());
        if (named.isPresent()) {
            confirm(turn, named.get().id(), named.get().name(), reissue);
        } else {
            chooser.ask(turn, all);
        }
    }

    @Override
    public void resume(Turn turn) {
        CodesState state = turn.state().read(CodesState.class);
        Step step = turn.state().step(Step.class);
        if (step == Step.SERIES) {
            onSeries(turn, state);
        } else if (step == Step.CONFIRM && TOGGLE.equals(turn.action())) {
            confirm(turn, state.seriesId(), state.seriesName(), !state.reissuing());
        } else if (step == Step.CONFIRM && EXPORT.equals(turn.action())) {
            exportCodes(turn, state);
        } else if (step == Step.CONFIRM) {
            turn.say("Please answer with the buttons above, or say \"cancel\".");
        } else {
            turn.state().clear();
        }
    }

    private void onSeries(Turn turn, CodesState state) {
        List<Series> all = export.apply(turn.admin()).series();
        Optional<Series> chosen = turn.action() != null
                ? SeriesChooser.picked(all, turn.action())
                : chooser.named(all, Entities.extract(turn.text()).series());
        chosen.ifPresentOrElse(
                s -> confirm(turn, s.id(), s.name(), state.reissuing()),
                () -> turn.say("Please pick a series above, or say \"cancel\"."));
    }

    private static void confirm(Turn turn, Long seriesId, String seriesName, boolean reissue) {
        turn.state().write(new CodesState(seriesId, seriesName, reissue));
        turn.state().step(Step.CONFIRM);
        turn.confirm(
                "Export the verification codes for " + seriesName + "? I will create a results account for every "
                        + "candidate your centre entered for " + seriesName + " who has none yet"
                        + (reissue
                                ? ", give fresh codes to those whose exported account is not activated yet (their "
                                        + "old codes stop working),"
                                : "")
                        + " and give you a CSV file of their verification codes and personal activation links. Each "
                        + "code works once and expires. ExamDesk keeps no copy of the file, so it cannot be fetched "
                        + "from ExamDesk again: by confirming, you "
                        + "accept responsibility for storing it and handing the codes out securely.",
                EXPORT,
                reissue ? "New accounts only" : "Also reissue unused codes",
                TOGGLE);
    }

    private void exportCodes(Turn turn, CodesState state) {
        String name = "verification-codes-" + key(state.seriesName()) + ".csv";
        String csv;
        try {
            csv = export.apply(turn.admin()).export(key(state.seriesName()), state.reissuing());
        } catch (AdminApiException e) {
            if (e.status() >= 500 || e.status() == 401) {
                throw e;
            }
            turn.state().clear();
            refused(turn, e);
            return;
        }
        turn.state().clear();
        long codes = csv.lines().skip(1).filter(l -> !l.isBlank()).count();
        if (codes == 0) {
            turn.say("Every candidate your centre entered for " + state.seriesName() + " already has a results account"
                    + (state.reissuing()
                            ? " and none of the exported ones is waiting to be activated, so there were no codes to give."
                            : ", so there were no new codes to give. To give fresh codes to those who have not "
                                    + "activated yet, ask me to reissue the codes for " + state.seriesName() + ".")
                    + " Nothing was changed.");
            return;
        }
        String counted = codes == 1 ? "1 verification code" : codes + " verification codes";
        turn.say("Done: " + name + " holds " + counted + " for " + state.seriesName()
                + (state.reissuing() ? " (new accounts, and fresh codes for those not activated yet)" : "")
                + ". Save it now and keep it safe, then hand each student their own code: ExamDesk keeps no copy, "
                + "so it cannot be fetched from ExamDesk again.");
        turn.add(new Reply.PrivateFile(
                name,
                "text/csv",
                csv,
                name + " (" + counted + ") was given to the person who asked; the codes are not kept here."));
    }

    /** The admin API's refusal, in words: who may export, or why this series has nothing to export. */
    private static void refused(Turn turn, AdminApiException e) {
        if (e.status() >= 500 || e.status() == 401) {
            throw e;
        }
        turn.state().clear();
        turn.say("I could not export verification codes: " + e.getMessage()
                + (e.status() == 403
                        ? " Only your centre's exams officers, exams managers and exams assistants can export them;"
                                + " please ask one of them."
                        : ""));
    }
}

package org.examdesk.bot.flows.results;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.ResultsModels.Series;
import org.examdesk.bot.engine.Flow;
import org.examdesk.bot.engine.FlowState;
import org.examdesk.bot.engine.Intent;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.engine.Turn;

/**
 * Results access for particular candidates of a series (seed 002's "Selected candidates", and "NO candidates"):
 * "give results access to Chloe Adams and 0042 for June", "take Amir off results access", "turn results access off
 * for November". Finds the named candidates by name, number or UCI, shows them as a list to tick, confirms who gains
 * and who loses access, then changes it ({@link SelectionChange}); requests about every candidate stay with
 * {@link ResultsAccessFlow}.
 */
public final class SelectedAccessFlow implements Flow {
    static final String NAME = "results_selected";

    /** The steps: which series, who (when nobody was named), the list ticked, the contact and delay, confirm. */
    enum Step {
        SERIES,
        WHO,
        PICK,
        CONTACT_NAME,
        CONTACT_HOW,
        DELAY,
        CONFIRM
    }

    private final SeriesChooser chooser = new SeriesChooser();
    private final Function<AdminClient.Caller, ResultsAccess> results;
    private final SelectionChange change;

    /** {@code results}: results access as the admin API serves it to a caller ({@link ResultsAccess#over}). */
    public SelectedAccessFlow(Function<AdminClient.Caller, ResultsAccess> results) {
        this.results = results;
        this.change = new SelectionChange(results);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean handles(Intent intent, Speaker speaker) {
        return speaker.isStaff()
                && intent.is("results_access")
                && !intent.asksHow()
                && CandidateWish.of(intent.text()) != null;
    }

    @Override
    public boolean expectsText(FlowState state) {
        return state.at(Step.WHO) || state.at(Step.CONTACT_NAME) || state.at(Step.CONTACT_HOW);
    }

    @Override
    public void start(Turn turn, Intent intent) {
        turn.state().enter(NAME, Step.SERIES);
        turn.state().write(SelectionState.of(CandidateWish.of(intent.text())));
        List<Series> all = results.apply(turn.admin()).series();
        Optional<Series> series = chooser.named(all, intent.entities().series());
        if (series.isPresent()) {
            begin(turn, series.get());
        } else {
            chooser.ask(turn, all);
        }
    }

    @Override
    public void resume(Turn turn) {
        SelectionState state = turn.state().read(SelectionState.class);
        String text = turn.text() == null ? "" : turn.text().trim();
        Step step = turn.state().step(Step.class);
        if (step == null) {
            turn.state().clear();
            return;
        }
        switch (step) {
            case SERIES -> SeriesChooser.picked(results.apply(turn.admin()).series(), turn.action())
                    .ifPresentOrElse(s -> begin(turn, s), () -> turn.say("Please pick a series above."));
            case WHO -> search(turn, state.withTerms(CandidateWish.terms(text)));
            case PICK -> picked(turn, state, text);
            case CONTACT_NAME, CONTACT_HOW, DELAY -> change.onContact(turn, state, step, text);
            case CONFIRM -> change.confirmed(turn, state);
        }
    }

    private void begin(Turn turn, Series series) {
        SelectionState state = turn.state()
                .read(SelectionState.class)
                .about(series, results.apply(turn.admin()).access(series.id()));
        turn.state().write(state);
        if (state.kind() == CandidateWish.Kind.NONE) {
            change.askNone(turn, state);
            return;
        }
        String blocked = SeriesChooser.blocked(series);
        if (blocked != null && !"SELECTED".equals(state.mode())) {
            turn.state().clear();
            turn.say(blocked);
        } else if (state.kind() == CandidateWish.Kind.REMOVE && "NONE".equals(state.mode())) {
            turn.state().clear();
            turn.say("No candidate has results access for " + series.name() + " (NO candidates), so there is "
                    + "nobody to take off.");
        } else if (state.terms().isEmpty()) {
            turn.state().step(Step.WHO);
            turn.say(
                    state.kind() == CandidateWish.Kind.REMOVE
                            ? "Who should lose results access for " + series.name()
                                    + "? Type names, candidate numbers or UCIs."
                            : "Which candidates should see their results for " + series.name()
                                    + "? Type names, candidate " + "numbers or UCIs (e.g. \"Chloe Adams and 0042\").");
        } else {
            search(turn, state);
        }
    }

    /** Looks up every term; an unknown one changes nothing and is asked again. */
    private void search(Turn turn, SelectionState state) {
        if (state.terms().isEmpty()) {
            turn.state().step(Step.WHO);
            turn.say("Please type at least one name, candidate number or UCI.");
            return;
        }
        CandidateList.Found found = CandidateList.find(results.apply(turn.admin()), state);
        if (!found.unknown().isEmpty()) {
            turn.state().write(state);
            turn.state().step(Step.WHO);
            turn.say("I found no candidate entered for " + state.seriesName() + " matching \""
                    + String.join("\", \"", found.unknown()) + "\", so nothing was changed. Check the spelling, or "
                    + "give their candidate number or UCI.");
            return;
        }
        turn.state().write(state.showing(found.shown()));
        turn.state().step(Step.PICK);
        if (!found.wide().isEmpty()) {
            turn.say("Many candidates match " + String.join(", ", found.wide()) + "; here are the first "
                    + CandidateList.MAX_SHOWN + ". Type a fuller name or a candidate number to narrow it.");
        }
        CandidateList.ask(turn, state, found);
    }

    private void picked(Turn turn, SelectionState state, String text) {
        if (!"picked".equals(turn.action())) {
            if (!text.isEmpty()) {
                search(turn, state.withTerms(CandidateWish.terms(text)));
            } else {
                turn.say("Tick the candidates above and press Continue, or type another name to search.");
            }
            return;
        }
        List<String> ticked = turn.picked(CandidateList.FIELD);
        List<SelectionState.Shown> give = state.shown().stream()
                .filter(s -> !s.hadAccess() && ticked.contains(String.valueOf(s.id())))
                .toList();
        List<SelectionState.Shown> remove = state.shown().stream()
                .filter(s -> s.hadAccess() && !ticked.contains(String.valueOf(s.id())))
                .toList();
        if (give.isEmpty() && remove.isEmpty()) {
            turn.state().clear();
            turn.say(
                    "ALL".equals(state.mode())
                            ? "Every candidate of " + state.seriesName()
                                    + " has access now (ALL candidates), so nothing "
                                    + "changes. To let only some see their results, take the others off by name, or turn "
                                    + "access off for the series and then give it to the ones you name."
                            : "Nothing changes: the candidates shown keep the access they have for "
                                    + state.seriesName() + ".");
            return;
        }
        change.next(turn, state.changing(give, remove));
    }
}

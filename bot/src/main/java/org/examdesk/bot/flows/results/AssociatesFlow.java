package org.examdesk.bot.flows.results;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.ResultsModels.Access;
import org.examdesk.admin.client.ResultsModels.Associate;
import org.examdesk.admin.client.ResultsModels.AssociateSetting;
import org.examdesk.admin.client.ResultsModels.Associates;
import org.examdesk.admin.client.ResultsModels.Series;
import org.examdesk.bot.engine.Flow;
import org.examdesk.bot.engine.Intent;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.engine.Turn;

/**
 * "Set up results access for our associate centres" (domain section 2, seed 003): which series, the associates as
 * they stand, then "use defaults" (the parent's access, contact and delay for all) or centre by centre (a list to
 * tick), a confirmation, and their letters, acting for each associate ({@link AssociateLetters}). The same intent
 * as giving candidates access; this flow takes the requests that speak of associates.
 */
public final class AssociatesFlow implements Flow {
    static final String NAME = "associate_access";
    static final String FIELD = "associates";
    private static final Pattern ASSOCIATES = Pattern.compile("(?i)\\b(associat\\w*|sub-?centres?)\\b");

    /** The steps: which series, defaults or centre by centre, the list to tick, confirm, the letters. */
    enum Step {
        SERIES,
        HOW,
        PICK,
        CONFIRM,
        LETTERS
    }

    private final SeriesChooser chooser = new SeriesChooser();
    private final AssociateLetters letters = new AssociateLetters();
    private final Function<AdminClient.Caller, CentreAssociates> associates;

    /** {@code associates} serves a parent centre's associates as the admin API does ({@link CentreAssociates#over}). */
    public AssociatesFlow(Function<AdminClient.Caller, CentreAssociates> associates) {
        this.associates = associates;
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
                && ASSOCIATES.matcher(intent.text()).find();
    }

    @Override
    public void start(Turn turn, Intent intent) {
        CentreAssociates api = associates.apply(turn.admin());
        guarded(turn, () -> {
            List<Series> all = api.series();
            turn.state().enter(NAME, Step.SERIES);
            chooser.named(all, intent.entities().series())
                    .ifPresentOrElse(s -> begin(turn, api, s), () -> chooser.ask(turn, all));
        });
    }

    @Override
    public void resume(Turn turn) {
        CentreAssociates api = associates.apply(turn.admin());
        AssociatesState state = turn.state().read(AssociatesState.class);
        Step step = turn.state().step(Step.class);
        String action = turn.action() == null ? "" : turn.action();
        guarded(turn, () -> {
            if (step == Step.SERIES) {
                SeriesChooser.picked(api.series(), turn.action())
                        .ifPresentOrElse(s -> begin(turn, api, s), () -> turn.say("Please pick a series above."));
            } else if (step == Step.HOW && action.equals("how:defaults")) {
                confirmDefaults(turn, api, state);
            } else if (step == Step.HOW && action.equals("how:each")) {
                askWhich(turn, api.associates(state.seriesId()));
            } else if (step == Step.PICK && action.equals("picked")) {
                confirmEach(turn, api.associates(state.seriesId()), state.withGiven(ids(turn.picked(FIELD))));
            } else if (step == Step.CONFIRM && action.equals("do:associates")) {
                save(turn, api, state);
            } else if (step == Step.LETTERS) {
                reportLetters(turn, api, state);
            } else {
                turn.say("Please answer with the buttons above, or say \"cancel\".");
            }
        });
    }

    private void begin(Turn turn, CentreAssociates api, Series series) {
        String blocked = SeriesChooser.blocked(series);
        Associates all = blocked == null ? api.associates(series.id()) : null;
        if (blocked != null || all.associates().isEmpty()) {
            turn.state().clear();
            turn.say(blocked != null ? blocked : "Your centre has no associate centres.");
            return;
        }
        if (all.defaultContact() == null || all.defaultContact().name() == null) {
            turn.state().clear();
            turn.say("Set up your own centre's results access for " + series.name() + " first: its contact answers "
                    + "the associates' candidates by default. Say \"give all candidates results access for "
                    + series.name() + "\".");
            return;
        }
        turn.state().write(AssociatesState.of(series.id(), series.name()));
        turn.state().step(Step.HOW);
        List<String> lines = new ArrayList<>();
        all.associates().forEach(a -> lines.add("• " + AssociateWords.describe(a)));
        turn.say("Your associate centres for " + series.name() + (all.useDefaults() ? " (using your defaults)" : "")
                + ":\n" + String.join("\n", lines));
        turn.choices(
                "Use your centre's defaults for all of them (access, your contact, your delay), or set them centre by "
                        + "centre?",
                List.of(
                        turn.option("Use defaults for all", "how:defaults"),
                        turn.option("Centre by centre", "how:each"),
                        turn.option("Cancel", "cancel")));
    }

    private void confirmDefaults(Turn turn, CentreAssociates api, AssociatesState state) {
        Access own = api.access(state.seriesId());
        turn.state().write(state.withDefaults());
        turn.state().step(Step.CONFIRM);
        turn.confirm(AssociateWords.defaultsSummary(state.seriesName(), own), "do:associates");
    }

    private static void askWhich(Turn turn, Associates all) {
        List<Associate> shown =
                all.associates().stream().limit(Reply.Picks.MAX_OPTIONS).toList();
        turn.state().step(Step.PICK);
        turn.picks(
                "Tick the associate centres that should have access for " + all.series() + " (untick one to cut "
                        + "its candidates off at once):",
                FIELD,
                shown.stream()
                        .map(a -> new Reply.Option(a.name() + " (" + a.number() + ")", String.valueOf(a.centreId())))
                        .toList(),
                shown.stream()
                        .filter(Associate::giveAccess)
                        .map(a -> String.valueOf(a.centreId()))
                        .toList(),
                "Save these",
                "picked");
    }

    private static void confirmEach(Turn turn, Associates all, AssociatesState state) {
        turn.state().write(state);
        turn.state().step(Step.CONFIRM);
        turn.confirm(AssociateWords.eachSummary(all, state), "do:associates");
    }

    private void save(Turn turn, CentreAssociates api, AssociatesState state) {
        Associates before = api.associates(state.seriesId());
        Associates saved;
        if (state.defaults()) {
            int delay = api.access(state.seriesId()).delayDays();
            saved = api.useDefaults(state.seriesId(), new AssociateSetting(null, true, "DEFAULT", delay));
        } else {
            saved = api.update(
                    state.seriesId(),
                    before.associates().stream()
                            .map(a -> new AssociateSetting(
                                    a.centreId(), state.given().contains(a.centreId()), a.contactMode(), a.delayDays()))
                            .toList());
        }
        AssociateLetters.Started started = letters.start(api, saved, saved.defaultContact());
        List<String> lines = new ArrayList<>();
        saved.associates().forEach(a -> lines.add("• " + AssociateWords.describe(a)));
        turn.say("Saved for " + state.seriesName() + ":\n" + String.join("\n", lines));
        if (!started.left().isEmpty()) {
            turn.say(String.join(", ", started.left()) + " answer their own candidates' queries, so their exams "
                    + "officers switch online results on for their candidates, with their own contact.");
        }
        if (started.jobs().isEmpty()) {
            turn.state().clear();
            turn.say("No letters needed making.");
            return;
        }
        AssociatesState following = state.withJobs(started.jobs());
        turn.state().write(following);
        turn.state().step(Step.LETTERS);
        reportLetters(turn, api, following);
    }

    private void reportLetters(Turn turn, CentreAssociates api, AssociatesState state) {
        List<String> lines = new ArrayList<>();
        boolean finished = letters.report(api, state, api.associates(state.seriesId()), lines);
        if (finished) {
            turn.state().clear();
        }
        turn.say((finished ? "The associates' letters:\n" : "Making the associates' letters:\n")
                + String.join("\n", lines)
                + (finished
                        ? "\nResults online are provisional: remind candidates not to send screenshots to universities."
                        : "\nSay \"status\" to check again."));
    }

    private static List<Long> ids(List<String> values) {
        List<Long> ids = new ArrayList<>();
        for (String v : values) {
            try {
                ids.add(Long.parseLong(v));
            } catch (NumberFormatException e) {
                // not one of the list's values: ignored
            }
        }
        return ids;
    }

    /** Runs a step; the admin API's refusal (a 4xx) is said in words and ends the flow. */
    private static void guarded(Turn turn, Runnable step) {
        try {
            step.run();
        } catch (AdminApiException e) {
            if (e.status() >= 500 || e.status() == 401) {
                throw e;
            }
            turn.state().clear();
            turn.say("I could not change the associate centres' access: " + e.getMessage());
        }
    }
}

package org.examdesk.bot.flows.results;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.ResultsModels.Access;
import org.examdesk.admin.client.ResultsModels.Candidate;
import org.examdesk.admin.client.ResultsModels.Series;
import org.examdesk.bot.engine.Flow;
import org.examdesk.bot.engine.Intent;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.engine.Turn;

/**
 * "Why can't candidate 0042 log in" (their access and credential state and the fix) and "I changed the delay"
 * (which letters are stale, with an offer to regenerate them); "regenerate all the letters" (new passwords for every
 * candidate with access, after a warning that the letters given out stop working).
 */
public final class CandidateHelpFlow implements Flow {
    enum Step {
        CONFIRM,
        JOB
    }

    /** Asking for every letter again, new passwords and all, rather than only the out-of-date ones. */
    private static final Pattern ALL = Pattern.compile(
            "\\b(all|every|everyone|everybody|whole)\\b|\\bnew passwords?\\b", Pattern.CASE_INSENSITIVE);

    private static final String REGENERATE_ALL = "do:regenerate-all";

    private final SeriesChooser chooser = new SeriesChooser();
    private final LettersJob letters = new LettersJob();
    private final Function<AdminClient.Caller, ResultsAccess> results;

    /** {@code results} gives results access as the admin API serves it to a caller ({@link ResultsAccess#over}). */
    public CandidateHelpFlow(Function<AdminClient.Caller, ResultsAccess> results) {
        this.results = results;
    }

    @Override
    public String name() {
        return "candidate_help";
    }

    @Override
    public boolean handles(Intent intent, Speaker speaker) {
        return speaker.isStaff() && (intent.is("candidate_login") || intent.is("stale_letters"));
    }

    @Override
    public void start(Turn turn, Intent intent) {
        ResultsAccess client = results.apply(turn.admin());
        List<Series> open =
                client.series().stream().filter(Series::credentialsOpen).toList();
        Optional<Series> series = chooser.named(open, intent.entities().series())
                .or(() -> open.isEmpty() ? Optional.empty() : Optional.of(open.get(open.size() - 1)));
        if (series.isEmpty()) {
            turn.say("No series is open for candidate credentials yet.");
            return;
        }
        if (intent.is("candidate_login")
                && !intent.entities().candidateNumbers().isEmpty()) {
            candidate(
                    turn,
                    client,
                    series.get(),
                    intent.entities().candidateNumbers().get(0));
        } else if (intent.is("candidate_login")) {
            turn.say("Which candidate? Say e.g. \"why can't candidate 0042 log in\".");
            turn.withTaskArticles();
        } else if (ALL.matcher(intent.text()).find()) {
            everyone(turn, client, series.get());
        } else {
            stale(turn, client, series.get());
        }
    }

    /** "Regenerate all the letters": new passwords for every candidate with access, after one warning. */
    private void everyone(Turn turn, ResultsAccess client, Series series) {
        Access access = client.access(series.id());
        int withAccess = access.letters() == null ? 0 : access.letters().withAccess();
        if (withAccess == 0) {
            turn.say(series.name() + ": no candidates have access, so there are no letters to make.");
            return;
        }
        turn.state().enter(name(), Step.CONFIRM);
        turn.state().write(AccessState.forSeries(series.id()));
        turn.confirm(
                "Make new letters for all " + withAccess + " candidates with access in " + series.name()
                        + "? Everyone gets a new password: the letters you have given out stop working, so each "
                        + "candidate needs their new one.",
                REGENERATE_ALL);
    }

    private void candidate(Turn turn, ResultsAccess client, Series series, String number) {
        String padded = String.format("%4s", number).replace(' ', '0');
        Optional<Candidate> found = client.candidates(series.id(), padded).stream()
                .filter(c -> c.candidateNumber().equals(padded))
                .findFirst();
        if (found.isEmpty()) {
            turn.say("Candidate " + padded + " has no entry at your centre for " + series.name() + ".");
            return;
        }
        Candidate c = found.get();
        String who =
                c.forename() + " " + c.surname() + " (candidate " + c.candidateNumber() + ", " + series.name() + ")";
        if (!c.hasAccess()) {
            turn.say(who + " has no online results access, so their login does not work. Give them access (all "
                    + "candidates, or select them), then print their letter.");
        } else if ("NONE".equals(c.credentials())) {
            turn.say(who + " has access but no credentials yet: generate the letters to create their login.");
        } else if ("STALE".equals(c.credentials())) {
            turn.say(who + "'s letter is out of date because the delay, contact or access changed: regenerate the "
                    + "letters and give them the new one.");
        } else {
            Access access = client.access(series.id());
            turn.say(who + " has access and a current letter. Check they type the username and password exactly "
                    + "as printed"
                    + (access.delayDays() > 0
                            ? "; results appear " + access.delayDays()
                                    + " days after the published date because of your centre's delay"
                            : "")
                    + ".");
        }
    }

    private void stale(Turn turn, ResultsAccess client, Series series) {
        Access access = client.access(series.id());
        if (access.letters() == null || !access.letters().mustRegenerate()) {
            turn.say(series.name() + ": "
                    + (access.letters() == null
                            ? "no letters yet."
                            : access.letters().message()));
            return;
        }
        turn.say(series.name() + ": " + access.letters().message());
        turn.state().enter(name(), Step.CONFIRM);
        turn.state().write(AccessState.forSeries(series.id()));
        turn.confirm(
                "Regenerate the letters for " + series.name() + " now? Candidates need their new letter.",
                "do:regenerate");
    }

    @Override
    public void resume(Turn turn) {
        AccessState state = turn.state().read(AccessState.class);
        if (turn.state().at(Step.CONFIRM) && "do:regenerate".equals(turn.action())) {
            letters.start(turn, results.apply(turn.adminOnce("letters")), state);
        } else if (turn.state().at(Step.CONFIRM) && REGENERATE_ALL.equals(turn.action())) {
            letters.startAll(turn, results.apply(turn.adminOnce("letters")), state);
        } else if (turn.state().at(Step.JOB)) {
            letters.report(turn, results.apply(turn.admin()), state);
        } else {
            turn.say("Please answer with the buttons above, or say \"cancel\".");
        }
    }
}

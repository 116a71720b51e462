package org.examdesk.bot.flows.results;

import java.util.List;
import java.util.Optional;
import org.examdesk.admin.client.ResultsAccessClient;
import org.examdesk.admin.client.ResultsModels.Access;
import org.examdesk.admin.client.ResultsModels.Candidate;
import org.examdesk.admin.client.ResultsModels.Series;
import org.examdesk.bot.engine.Flow;
import org.examdesk.bot.engine.Intent;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.engine.Turn;

/**
 * "Why can't candidate 0042 log in" (their access and credential state and the fix) and "I changed the delay"
 * (which letters are stale, with an offer to regenerate them).
 */
public final class CandidateHelpFlow implements Flow {
    private final SeriesChooser chooser = new SeriesChooser();
    private final LettersJob letters = new LettersJob();

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
        List<Series> open = SeriesChooser.list(turn).stream().filter(Series::credentialsOpen).toList();
        Optional<Series> series = chooser.named(open, intent.entities().series())
                .or(() -> open.isEmpty() ? Optional.empty() : Optional.of(open.get(open.size() - 1)));
        if (series.isEmpty()) {
            turn.say("No series is open for candidate credentials yet.");
            return;
        }
        ResultsAccessClient client = new ResultsAccessClient(turn.admin());
        if (intent.is("candidate_login") && !intent.entities().candidateNumbers().isEmpty()) {
            candidate(turn, client, series.get(), intent.entities().candidateNumbers().get(0));
        } else if (intent.is("candidate_login")) {
            turn.say("Which candidate? Say e.g. \"why can't candidate 0042 log in\".");
        } else {
            stale(turn, client, series.get());
        }
    }

    private void candidate(Turn turn, ResultsAccessClient client, Series series, String number) {
        String padded = String.format("%4s", number).replace(' ', '0');
        Optional<Candidate> found = client.candidates(series.id(), null, padded, 1).items().stream()
                .filter(c -> c.candidateNumber().equals(padded)).findFirst();
        if (found.isEmpty()) {
            turn.say("Candidate " + padded + " has no entry at your centre for " + series.name() + ".");
            return;
        }
        Candidate c = found.get();
        String who = c.forename() + " " + c.surname() + " (candidate " + c.candidateNumber() + ", " + series.name() + ")";
        if (!c.hasAccess()) {
            turn.say(who + " has no online results access, so their login does not work. Give them access (all "
                    + "candidates, or select them), then print their letter.");
        } else if ("NONE".equals(c.credentials())) {
            turn.say(who + " has access but no credentials yet: generate the letters to create their login.");
        } else if ("STALE".equals(c.credentials())) {
            turn.say(who + "'s letter is out of date because the delay, contact or access changed: regenerate the "
                    + "letters and give them the new one.");
        } else {
            Access access = client.access(series.id(), null);
            turn.say(who + " has access and a current letter. Check they type the username and password exactly "
                    + "as printed" + (access.delayDays() > 0 ? "; results appear " + access.delayDays()
                    + " days after the published date because of your centre's delay" : "") + ".");
        }
    }

    private void stale(Turn turn, ResultsAccessClient client, Series series) {
        Access access = client.access(series.id(), null);
        if (access.letters() == null || !access.letters().mustRegenerate()) {
            turn.say(series.name() + ": " + (access.letters() == null ? "no letters yet." : access.letters().message()));
            return;
        }
        turn.say(series.name() + ": " + access.letters().message());
        turn.state().enter(name(), "confirm");
        turn.state().data().put("seriesId", series.id());
        turn.confirm("Regenerate the letters for " + series.name() + " now? Candidates need their new letter.", "do:regenerate");
    }

    @Override
    public void resume(Turn turn) {
        long seriesId = turn.state().data().path("seriesId").asLong();
        if ("confirm".equals(turn.state().step()) && "do:regenerate".equals(turn.action())) {
            letters.start(turn, new ResultsAccessClient(turn.adminOnce("letters")), seriesId);
        } else if ("job".equals(turn.state().step())) {
            letters.report(turn, seriesId, turn.state().data().path("jobId").asLong());
        } else {
            turn.say("Please answer with the buttons above, or say \"cancel\".");
        }
    }
}

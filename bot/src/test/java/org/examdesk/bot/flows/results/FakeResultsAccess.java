package org.examdesk.bot.flows.results;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.ClientModels.Centre;
import org.examdesk.admin.client.ResultsModels.Access;
import org.examdesk.admin.client.ResultsModels.AccessUpdate;
import org.examdesk.admin.client.ResultsModels.Candidate;
import org.examdesk.admin.client.ResultsModels.Job;
import org.examdesk.admin.client.ResultsModels.Letters;
import org.examdesk.admin.client.ResultsModels.Series;

/**
 * Results access in memory for the results flows' unit tests: an open June series with entries, a November one
 * not open yet, two candidates, and a letters job that is done when it is first asked about.
 */
final class FakeResultsAccess implements ResultsAccess {
    static final Series JUNE = new Series(11, "June 2026", "EXB", LocalDate.of(2026, 5, 1), true, 42);
    static final Series NOVEMBER = new Series(12, "November 2026", "EXB", LocalDate.of(2026, 12, 1), false, 9);

    final List<Series> series = new ArrayList<>(List.of(JUNE, NOVEMBER));
    final List<String> changes = new ArrayList<>();
    final List<Candidate> candidates = new ArrayList<>(List.of(
            new Candidate(1, "0042", "Ada", "Okafor", "40123260000421", false, false, "NONE", null),
            new Candidate(2, "0043", "Ben", "Hale", "40123260000431", true, true, "CURRENT", Instant.EPOCH),
            new Candidate(3, "0044", "Chloe", "Adams", "40123260000441", false, false, "NONE", null),
            new Candidate(4, "0045", "Amir", "Khan", "40123260000451", true, true, "CURRENT", Instant.EPOCH),
            new Candidate(5, "0046", "Amira", "Khan", "40123260000461", false, false, "NONE", null)));
    /** The series' mode as the access settings answer it. */
    String mode = "ALL";
    /** A refusal the API answers to a settings change (e.g. its own clock says the series is not open), or null. */
    AdminApiException refusal;

    Letters letters = new Letters(40, 30, 10, 0, true, "10 letters are out of date.");

    /** Whether confirming access starts a letters job (some candidate has no current letter), as the API does. */
    boolean lettersNeeded = true;

    @Override
    public List<Series> series() {
        return series;
    }

    @Override
    public List<Candidate> candidates(long seriesId, String query) {
        return candidates.stream()
                .filter(c -> c.candidateNumber().equals(query)
                        || (c.forename() + " " + c.surname() + " " + c.uci())
                                .toLowerCase(Locale.ROOT)
                                .contains(query.toLowerCase(Locale.ROOT)))
                .toList();
    }

    @Override
    public Access access(long seriesId) {
        return new Access(
                seriesId,
                "June 2026",
                "EXB",
                LocalDate.of(2026, 5, 1),
                true,
                42,
                new Centre(1, "40123", "Riverside Academy"),
                mode,
                true,
                null,
                2,
                30,
                null,
                letters,
                null);
    }

    @Override
    public Access updateAccess(long seriesId, AccessUpdate update) {
        if (refusal != null) {
            throw refusal;
        }
        changes.add("access " + seriesId + " " + update.mode() + " "
                + update.contact().name() + " " + update.contact().email() + " "
                + update.contact().phone() + " " + update.delayDays());
        Access saved = access(seriesId);
        return new Access(
                saved.seriesId(),
                saved.series(),
                saved.board(),
                saved.credentialsOpenFrom(),
                saved.credentialsOpen(),
                saved.entries(),
                saved.centre(),
                update.mode(),
                true,
                null,
                saved.delayDays(),
                saved.maxDelayDays(),
                null,
                saved.letters(),
                lettersNeeded ? job(seriesId, "RUNNING", 0) : null);
    }

    @Override
    public Letters changeCandidates(long seriesId, List<Long> give, List<Long> remove) {
        changes.add("candidates " + seriesId + " give " + give + " remove " + remove);
        return letters;
    }

    @Override
    public Job generateLetters(long seriesId) {
        changes.add("letters " + seriesId);
        return job(seriesId, "RUNNING", 0);
    }

    @Override
    public Job generateAllLetters(long seriesId) {
        changes.add("all letters " + seriesId);
        return job(seriesId, "RUNNING", 0);
    }

    /** The job is done whenever it is asked about after it started. */
    @Override
    public Job job(long seriesId, long jobId) {
        return job(seriesId, "DONE", 42);
    }

    private static Job job(long seriesId, String state, int done) {
        return new Job(
                5,
                seriesId,
                1,
                state,
                "PENDING",
                done,
                42,
                null,
                Instant.EPOCH,
                null,
                "/api/v1/letters.pdf",
                "/api/v1/letters.zip");
    }
}

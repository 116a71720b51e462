package org.examdesk.admin.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The records {@link ResultsAccessClient} reads and writes. Modes: NONE, ALL, SELECTED; contact modes: DEFAULT, CENTRE_DEFINED. */
public final class ResultsModels {
    private ResultsModels() {}

    public record Series(
            long id, String name, String board, LocalDate credentialsOpenFrom, boolean credentialsOpen, int entries) {}

    public record SeriesList(long centreId, String centre, List<Series> items) {}

    public record Contact(String name, String phone, String email) {}

    /** Where a centre's letters stand; {@code mustRegenerate} when some are stale or missing. */
    public record Letters(
            int withAccess, int current, int stale, int missing, boolean mustRegenerate, String message) {}

    public record ParentGrant(long id, String name, boolean giveAccess, String contactMode, int delayDays) {}

    public record Access(
            long seriesId,
            String series,
            String board,
            LocalDate credentialsOpenFrom,
            boolean credentialsOpen,
            int entries,
            ClientModels.Centre centre,
            String mode,
            boolean agreedToHandleQueries,
            Contact contact,
            int delayDays,
            int maxDelayDays,
            ParentGrant parent,
            Letters letters,
            Job lettersJob) {}

    /** What to change: mode, the agreement, the contact and the release delay in days. */
    public record AccessUpdate(String mode, boolean agreedToHandleQueries, Contact contact, Integer delayDays) {}

    public record Candidate(
            long id,
            String candidateNumber,
            String forename,
            String surname,
            String uci,
            boolean selected,
            boolean hasAccess,
            String credentials,
            Instant generatedAt) {}

    public record CandidatePage(
            List<Candidate> items, int page, int pageSize, int total, String mode, Letters letters) {}

    /** A letters job; {@code pdf} and {@code zip} are API paths once it is DONE. */
    public record Job(
            long id,
            long seriesId,
            long centreId,
            String state,
            String scope,
            int done,
            int total,
            String message,
            Instant startedAt,
            Instant finishedAt,
            String pdf,
            String zip) {
        public boolean running() {
            return "RUNNING".equals(state);
        }
    }

    public record Associate(
            long centreId,
            String number,
            String name,
            boolean giveAccess,
            String contactMode,
            int delayDays,
            String mode,
            Letters letters) {}

    public record Associates(
            long seriesId, String series, boolean useDefaults, Contact defaultContact, List<Associate> associates) {}

    /** One associate's setting (centreId is ignored inside defaults). */
    public record AssociateSetting(Long centreId, boolean giveAccess, String contactMode, int delayDays) {}
}

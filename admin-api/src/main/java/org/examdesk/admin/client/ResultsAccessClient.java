package org.examdesk.admin.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Candidate results access through the admin API (domain section 2), as the caller it was built with. */
public final class ResultsAccessClient {
    public record Series(long id, String name, String board, LocalDate credentialsOpenFrom, boolean credentialsOpen,
                         int entries) {
    }

    public record SeriesList(long centreId, String centre, List<Series> items) {
    }

    public record Contact(String name, String phone, String email) {
    }

    public record Letters(int withAccess, int current, int stale, int missing, boolean mustRegenerate, String message) {
    }

    public record Access(long seriesId, String series, LocalDate credentialsOpenFrom, boolean credentialsOpen,
                         int entries, String mode, boolean agreedToHandleQueries, Contact contact, int delayDays,
                         int maxDelayDays, Letters letters) {
    }

    public record Candidate(long id, String candidateNumber, String forename, String surname, String uci,
                            boolean selected, boolean hasAccess, String credentials) {
    }

    public record CandidatePage(List<Candidate> items, int page, int pageSize, int total, String mode) {
    }

    public record Job(long id, long seriesId, String state, int done, int total, String message, String pdf, String zip) {
    }

    private final AdminClient.Caller caller;

    public ResultsAccessClient(AdminClient.Caller caller) {
        this.caller = caller;
    }

    public SeriesList series() {
        return caller.send("GET", "/api/v1/series", null, SeriesList.class);
    }

    public Access access(long seriesId) {
        return caller.send("GET", "/api/v1/results-access/" + seriesId, null, Access.class);
    }

    public Access setAccess(long seriesId, String mode, boolean agreed, Contact contact, int delayDays) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mode", mode);
        body.put("agreedToHandleQueries", agreed);
        body.put("contact", contact);
        body.put("delayDays", delayDays);
        return caller.send("PUT", "/api/v1/results-access/" + seriesId, body, Access.class);
    }

    public CandidatePage candidates(long seriesId, String query) {
        return caller.send("GET", "/api/v1/results-access/" + seriesId + "/candidates?q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8), null, CandidatePage.class);
    }

    public void giveAccess(long seriesId, List<Long> candidateIds) {
        caller.send("PUT", "/api/v1/results-access/" + seriesId + "/candidates",
                Map.of("give", candidateIds, "remove", List.of()), Void.class);
    }

    /** Starts (or joins the running) job that generates credentials and letters. */
    public Job generate(long seriesId) {
        return caller.send("POST", "/api/v1/results-access/" + seriesId + "/credentials", Map.of(), Job.class);
    }

    public Job job(long seriesId, long jobId) {
        return caller.send("GET", "/api/v1/results-access/" + seriesId + "/jobs/" + jobId, null, Job.class);
    }
}

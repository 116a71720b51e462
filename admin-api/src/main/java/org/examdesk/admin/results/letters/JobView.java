package org.examdesk.admin.results.letters;

import java.time.Instant;

/** A letters job as the API shows it: progress while it runs, links to the files once it is done. */
public record JobView(
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

    static JobView of(JobRow j) {
        String base = "/api/v1/results-access/" + j.seriesId() + "/letters.";
        String query = "?centreId=" + j.centreId() + "&job=" + j.id();
        boolean done = "DONE".equals(j.state());
        return new JobView(
                j.id(),
                j.seriesId(),
                j.centreId(),
                j.state(),
                j.scope(),
                j.done(),
                j.total(),
                j.message(),
                j.startedAt(),
                j.finishedAt(),
                done ? base + "pdf" + query : null,
                done ? base + "zip" + query : null);
    }
}

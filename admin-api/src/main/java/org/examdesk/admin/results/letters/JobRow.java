package org.examdesk.admin.results.letters;

import java.time.Instant;

/** A letters job as stored. */
public record JobRow(
        long id,
        long centreId,
        long seriesId,
        String state,
        String scope,
        int done,
        int total,
        String message,
        Instant startedAt,
        Instant finishedAt) {}

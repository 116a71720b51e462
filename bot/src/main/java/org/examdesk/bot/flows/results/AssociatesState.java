package org.examdesk.bot.flows.results;

import java.util.List;

/**
 * What the associates flow keeps between turns: the series, whether the defaults are used (else the associates
 * ticked to have access), and the letters jobs started, each as {@code centreId:jobId}.
 */
record AssociatesState(
        Long seriesId, String seriesName, Boolean useDefaults, List<Long> giveAccess, List<String> jobs) {
    static AssociatesState of(long seriesId, String seriesName) {
        return new AssociatesState(seriesId, seriesName, null, List.of(), List.of());
    }

    AssociatesState withDefaults() {
        return new AssociatesState(seriesId, seriesName, true, List.of(), jobs);
    }

    AssociatesState withGiven(List<Long> ids) {
        return new AssociatesState(seriesId, seriesName, false, List.copyOf(ids), jobs);
    }

    AssociatesState withJobs(List<String> started) {
        return new AssociatesState(seriesId, seriesName, useDefaults, giveAccess, List.copyOf(started));
    }

    boolean defaults() {
        return Boolean.TRUE.equals(useDefaults);
    }

    List<Long> given() {
        return giveAccess == null ? List.of() : giveAccess;
    }

    List<String> started() {
        return jobs == null ? List.of() : jobs;
    }
}

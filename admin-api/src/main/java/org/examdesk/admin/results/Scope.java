package org.examdesk.admin.results;

/** One request's centre and series, both checked against the caller. */
record Scope(TargetCentre centre, SeriesRow series) {
    long centreId() {
        return centre.id();
    }

    long seriesId() {
        return series.id();
    }
}

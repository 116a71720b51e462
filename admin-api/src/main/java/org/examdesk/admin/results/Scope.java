package org.examdesk.admin.results;

/** One request's centre and series, both checked against the caller. */
public record Scope(TargetCentre centre, SeriesRow series) {
    public long centreId() {
        return centre.id();
    }

    public long seriesId() {
        return series.id();
    }
}

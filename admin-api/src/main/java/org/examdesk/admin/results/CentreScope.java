package org.examdesk.admin.results;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.examdesk.admin.accounts.Caller;
import org.examdesk.admin.accounts.CentreDao;
import org.examdesk.admin.web.ApiException;
import org.jdbi.v3.core.Handle;

/**
 * Decides which centre and series a request acts on: the caller's own centre, or an associate of it named by
 * {@code centreId}; anything else is a 404, as if it did not exist. Also holds the opening rule.
 */
public final class CentreScope {
    /** Opening dates are UK dates. */
    static final ZoneId BOARD_ZONE = ZoneId.of("Europe/London");

    private final Clock clock;

    CentreScope(Clock clock) {
        this.clock = clock;
    }

    public Scope resolve(Handle h, Caller caller, long seriesId, Long centreId) {
        TargetCentre centre = centre(h, caller, centreId);
        SeriesRow series = h.attach(SeriesDao.class)
                .find(seriesId)
                .orElseThrow(() -> ApiException.notFound("There is no series " + seriesId + "."));
        return new Scope(centre, series);
    }

    TargetCentre centre(Handle h, Caller caller, Long centreId) {
        if (caller.centre() == null) {
            throw ApiException.notFound("You are not attached to a centre, so there are no results settings to show.");
        }
        long own = caller.centre().id();
        long wanted = centreId == null ? own : centreId;
        return h.attach(CentreDao.class)
                .find(wanted)
                .map(TargetCentre::of)
                .filter(c -> c.id() == own || Long.valueOf(own).equals(c.parentId()))
                .orElseThrow(
                        () -> ApiException.notFound("Centre " + wanted + " is not yours or one of your associates."));
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BOARD_ZONE);
    }

    boolean isOpen(SeriesRow series) {
        return !today().isBefore(series.credentialsOpenFrom());
    }

    /** Credentials only for a series that is open and in which the centre has a valid entry; 422 saying which not. */
    public void requireOpenWithEntries(Handle h, Scope scope) {
        List<String> problems = new ArrayList<>();
        if (!isOpen(scope.series())) {
            problems.add("Credentials for " + scope.series().name() + " can be created from "
                    + scope.series().credentialsOpenFrom() + "; today is " + today() + ".");
        }
        if (h.attach(SeriesDao.class).validEntries(scope.centreId(), scope.seriesId()) == 0) {
            problems.add(scope.centre().name() + " has no valid entry for "
                    + scope.series().name() + ".");
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(String.join(" ", problems), problems);
        }
    }
}

package org.examdesk.admin.results;

import java.time.LocalDate;
import java.util.List;
import org.examdesk.admin.accounts.Caller;
import org.jdbi.v3.core.Jdbi;

/** The series a centre has valid entries in, with when credentials can first be made. */
final class SeriesService {
    /** One series as {@code GET /api/v1/series} lists it. */
    record SeriesView(
            long id, String name, String board, LocalDate credentialsOpenFrom, boolean credentialsOpen, int entries) {}

    /** The answer: the centre and its series. */
    record SeriesList(long centreId, String centre, List<SeriesView> items) {}

    private final Jdbi jdbi;
    private final CentreScope scopes;

    SeriesService(Jdbi jdbi, CentreScope scopes) {
        this.jdbi = jdbi;
        this.scopes = scopes;
    }

    SeriesList list(Caller caller, Long centreId) {
        return jdbi.withHandle(h -> {
            TargetCentre centre = scopes.centre(h, caller, centreId);
            List<SeriesView> items = h.attach(SeriesDao.class).withEntries(centre.id()).stream()
                    .map(s -> new SeriesView(
                            s.id(),
                            s.name(),
                            s.board(),
                            s.credentialsOpenFrom(),
                            !scopes.today().isBefore(s.credentialsOpenFrom()),
                            s.entries()))
                    .toList();
            return new SeriesList(centre.id(), centre.name(), items);
        });
    }
}

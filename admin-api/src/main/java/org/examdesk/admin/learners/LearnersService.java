package org.examdesk.admin.learners;

import java.util.List;
import org.examdesk.admin.accounts.Caller;
import org.examdesk.admin.accounts.CentreScope;
import org.examdesk.admin.web.ApiException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Reading learners, products and results within the caller's centre scope. */
final class LearnersService {
    private static final int PRODUCTS_LIMIT = 100;

    private final Jdbi jdbi;
    private final LearnerSearch learners = new LearnerSearch();
    private final ResultSearch results = new ResultSearch();

    LearnersService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The approved, in-date products whose title or reference contains {@code q} (every one when it is blank). */
    List<ProductView> products(String q) {
        return jdbi.withHandle(h -> h.attach(ProductDao.class).orderable(Like.contains(q), PRODUCTS_LIMIT));
    }

    Page<LearnerView> search(Caller caller, LearnerQuery query) {
        Long centre = scope(caller);
        return jdbi.withHandle(h -> learners.run(h, query, centre));
    }

    Page<ResultView> results(Caller caller, ResultQuery query) {
        Long centre = scope(caller);
        return jdbi.withHandle(h -> results.run(h, query, centre));
    }

    LearnerDetail get(Caller caller, long id) {
        return jdbi.withHandle(h -> {
            LearnerRow row = visible(h, caller, id, false);
            LearnerDao dao = h.attach(LearnerDao.class);
            List<LearnerDao.Registration> registrations = dao.registrations(id);
            LearnerDao.Amendment amendment = dao.amendment(id).orElse(null);
            return new LearnerDetail(
                    LearnerView.of(row),
                    LearnerDetail.History.of(registrations),
                    registrations,
                    dao.results(id),
                    amendment,
                    amendment == null);
        });
    }

    /**
     * The learner, if the caller's centre scope covers it; otherwise a 404 that says nothing of whether the
     * learner exists. With {@code lock}, the row stays locked until the transaction ends.
     */
    static LearnerRow visible(Handle h, Caller caller, long id, boolean lock) {
        LearnerDao dao = h.attach(LearnerDao.class);
        return (lock ? dao.lock(id) : dao.find(id))
                .filter(row -> CentreScope.covers(caller, row.centreId()))
                .orElseThrow(() -> notFound(id));
    }

    static ApiException notFound(long id) {
        return ApiException.notFound("There is no learner " + id + " at your centre.");
    }

    /** The caller's centre, or null for those who work across centres (agents, board admins). */
    private static Long scope(Caller caller) {
        return CentreScope.acrossCentres(caller) ? null : CentreScope.ownCentre(caller);
    }
}

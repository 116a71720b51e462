package org.examdesk.admin.learners;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.examdesk.admin.accounts.Caller;
import org.examdesk.admin.accounts.CentreScope;
import org.examdesk.admin.names.NameMatcher;
import org.examdesk.admin.names.NameQuery;
import org.examdesk.admin.web.ApiException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Reading learners, products and results within the caller's centre scope, and the name match for the bot. */
final class LearnersService {
    private static final int PRODUCTS_LIMIT = 100;
    /** How many closest names a match without items suggests. */
    private static final int CLOSEST = 3;

    private final Jdbi jdbi;
    private final LearnerSearch learners = new LearnerSearch();
    private final ResultSearch results = new ResultSearch();
    private final NameMatcher names = new NameMatcher();

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

    /**
     * The learners of the caller's own centre that the query's words may name, matched as students' names are
     * (case, accents, apostrophes, hyphens, one typo); when none, the closest names at that centre.
     */
    LearnerMatches match(Caller caller, NameQuery query) {
        long centre = CentreScope.ownCentre(caller);
        List<NameQuery.Term> terms = query.terms();
        if (terms.isEmpty()) {
            return new LearnerMatches(List.of(), List.of());
        }
        String[] texts = terms.stream().map(NameQuery.Term::text).toArray(String[]::new);
        return jdbi.withHandle(h -> {
            LearnerNameDao dao = h.attach(LearnerNameDao.class);
            List<NameMatcher.Ranked> ranked = names.rank(terms, dao.hits(texts, centre), query.limit());
            if (ranked.isEmpty()) {
                return new LearnerMatches(List.of(), dao.closest(query.text(), centre, CLOSEST));
            }
            Map<Long, LearnerRow> rows = h
                    .attach(LearnerDao.class)
                    .findAll(ranked.stream().mapToLong(NameMatcher.Ranked::id).toArray())
                    .stream()
                    .collect(Collectors.toMap(LearnerRow::id, Function.identity()));
            return new LearnerMatches(
                    ranked.stream()
                            .map(r -> new LearnerMatches.Item(
                                    LearnerView.of(rows.get(r.id())),
                                    r.tier(),
                                    r.exact(),
                                    r.words().stream().map(query.given()::get).toList()))
                            .toList(),
                    List.of());
        });
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

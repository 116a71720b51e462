package org.examdesk.admin.students;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.examdesk.admin.accounts.Caller;
import org.examdesk.admin.accounts.CentreScope;
import org.examdesk.admin.names.NameMatcher;
import org.examdesk.admin.names.NameQuery;
import org.examdesk.admin.web.ApiException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Reading student accounts within the caller's centre scope: search, the name match for the bot, and one student
 * with its diagnosis.
 */
final class StudentsService {
    /** How many closest names a match without items suggests. */
    static final int CLOSEST = 3;

    record StudentDetail(StudentView student, Diagnosis diagnosis) {}

    private final Jdbi jdbi;
    private final StudentSearch search = new StudentSearch();
    private final Diagnoser diagnoser = new Diagnoser();
    private final NameMatcher names = new NameMatcher();

    StudentsService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    StudentSearch.Page search(Caller caller, SearchQuery query) {
        Long centre = scope(caller);
        Long createdByUser = query.createdByMe() ? caller.id() : null;
        return jdbi.withHandle(h -> search.run(h, query, centre, createdByUser));
    }

    /**
     * The students the query's words may name, scoped like the search: a name known only at another centre
     * answers exactly as an unknown one, and the closest names come from the caller's scope too.
     */
    NameMatches match(Caller caller, NameQuery query) {
        Long centre = scope(caller);
        List<NameQuery.Term> terms = query.terms();
        if (terms.isEmpty()) {
            return new NameMatches(List.of(), List.of());
        }
        String[] texts = terms.stream().map(NameQuery.Term::text).toArray(String[]::new);
        return jdbi.withHandle(h -> {
            StudentNameDao dao = h.attach(StudentNameDao.class);
            List<NameMatcher.Ranked> ranked = rankedMatches(dao, query, texts, centre);
            if (ranked.isEmpty()) {
                return new NameMatches(List.of(), dao.closest(query.text(), centre, CLOSEST));
            }
            Map<Long, StudentRow> rows = h
                    .attach(StudentDao.class)
                    .findAll(ranked.stream().mapToLong(NameMatcher.Ranked::id).toArray())
                    .stream()
                    .collect(Collectors.toMap(StudentRow::id, row -> row));
            return new NameMatches(
                    ranked.stream()
                            .map(r -> new NameMatches.Item(
                                    StudentView.of(rows.get(r.id())),
                                    r.tier(),
                                    r.exact(),
                                    r.words().stream().map(query.given()::get).toList()))
                            .toList(),
                    List.of());
        });
    }

    /**
     * The best matches, looked for in three steps, each answering only when it cannot differ from ranking every
     * candidate: the students whose names hold two of the query's terms exactly (an index lookup of both together),
     * when they fill the answer with exact full names; then those whose names answer to two terms exactly or one
     * edit away, when any of them is a full-name match (every full-name match is among them, and a full name
     * outranks the rest); otherwise every candidate, for a surname or forename alone.
     */
    private List<NameMatcher.Ranked> rankedMatches(StudentNameDao dao, NameQuery query, String[] texts, Long centre) {
        List<NameQuery.Term> terms = query.terms();
        List<int[]> pairs = query.termPairs();
        int[] first = pairs.stream().mapToInt(p -> p[0]).toArray();
        int[] second = pairs.stream().mapToInt(p -> p[1]).toArray();
        if (!pairs.isEmpty()) {
            List<NameMatcher.Ranked> exact =
                    names.rank(terms, dao.exactPairHits(texts, first, second, centre), query.limit());
            if (names.settled(exact, query.words().size(), query.limit())) {
                return exact;
            }
        }
        if (!pairs.isEmpty() && query.words().size() >= 2) {
            List<NameMatcher.Ranked> fullNames =
                    names.rank(terms, dao.pairHits(texts, first, second, centre), query.limit());
            if (!fullNames.isEmpty() && fullNames.get(0).tier() == NameMatcher.Tier.FULL_NAME) {
                return fullNames;
            }
        }
        return names.rank(terms, dao.hits(texts, centre), query.limit());
    }

    StudentDetail get(Caller caller, long id) {
        return jdbi.withHandle(h -> {
            StudentRow row = visible(h, caller, id, false);
            StudentDao dao = h.attach(StudentDao.class);
            return new StudentDetail(
                    StudentView.of(row),
                    diagnoser.diagnose(
                            row,
                            caller,
                            dao.enteredDateOfBirth(row.centreId(), row.uci()).orElse(null)));
        });
    }

    /**
     * The student, if the caller's centre scope covers it; otherwise a 404 that says nothing of whether the
     * student exists. With {@code lock}, the row stays locked until the transaction ends.
     */
    static StudentRow visible(Handle h, Caller caller, long id, boolean lock) {
        StudentDao dao = h.attach(StudentDao.class);
        return (lock ? dao.lock(id) : dao.find(id))
                .filter(row -> CentreScope.covers(caller, row.centreId()))
                .orElseThrow(() -> ApiException.notFound("There is no student " + id + " at your centre."));
    }

    /** The caller's centre, or null for those who work across centres (agents, board admins). */
    private static Long scope(Caller caller) {
        return CentreScope.acrossCentres(caller) ? null : CentreScope.ownCentre(caller);
    }
}

package org.examdesk.admin.results.candidates;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.examdesk.admin.accounts.Actor;
import org.examdesk.admin.accounts.Caller;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.results.AccessMode;
import org.examdesk.admin.results.AccessSettingsService;
import org.examdesk.admin.results.AccessView;
import org.examdesk.admin.results.CentreScope;
import org.examdesk.admin.results.LetterTerms;
import org.examdesk.admin.results.LettersSummary;
import org.examdesk.admin.results.ResultsAccessDao;
import org.examdesk.admin.results.Scope;
import org.examdesk.admin.results.StalenessDao;
import org.examdesk.admin.web.ApiException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The candidate list of a series (ascending candidate number, searchable) and giving or removing access. */
public final class CandidateAccessService {
    static final int PAGE_SIZE = 50;
    static final int MAX_CHANGE = 2_000;
    private final Jdbi jdbi;
    private final CentreScope scopes;
    private final AuditLog audit;

    public CandidateAccessService(Jdbi jdbi, CentreScope scopes, AuditLog audit) {
        this.jdbi = jdbi;
        this.scopes = scopes;
        this.audit = audit;
    }

    public CandidatePage list(Caller caller, long seriesId, Long centreId, String query, int page) {
        if (page < 1) {
            throw ApiException.badRequest("'page' starts at 1, not " + page + ".", "page");
        }
        String q = query == null || query.isBlank() ? null : query.strip();
        String escaped =
                q == null ? null : q.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        String prefix = escaped == null ? null : escaped + "%";
        String contains = escaped == null ? null : "%" + escaped + "%";
        return jdbi.withHandle(h -> {
            Scope s = scopes.resolve(h, caller, seriesId, centreId);
            LetterTerms terms = LetterTerms.of(h, s);
            CandidateDao dao = h.attach(CandidateDao.class);
            List<CandidateRow> rows = dao.page(
                    s.centreId(),
                    s.seriesId(),
                    terms.mode(),
                    terms.parentAllows(),
                    q,
                    prefix,
                    contains,
                    PAGE_SIZE,
                    (page - 1) * PAGE_SIZE);
            int total = dao.count(s.centreId(), s.seriesId(), terms.mode(), terms.parentAllows(), q, prefix, contains);
            return new CandidatePage(rows, page, PAGE_SIZE, total, terms.mode(), AccessView.summary(h, s));
        });
    }

    /** Gives and removes access in one transaction; ids that are not candidates of this centre in the series: 404. */
    public LettersSummary change(Actor actor, long seriesId, Long centreId, CandidateChange change) {
        Set<Long> give = new LinkedHashSet<>(check(change));
        Set<Long> remove = new LinkedHashSet<>(change.removeOrEmpty());
        return jdbi.inTransaction(h -> {
            Scope s = scopes.resolve(h, actor.caller(), seriesId, centreId);
            requireSelectedMode(h, s);
            CandidateDao dao = h.attach(CandidateDao.class);
            Set<Long> all = new LinkedHashSet<>(give);
            all.addAll(remove);
            requireAllEntered(dao, s, all);
            int staled = give.isEmpty() ? 0 : h.attach(StalenessDao.class).gainedBySelection(s.seriesId(), give);
            dao.select(give, s.seriesId(), true);
            dao.select(remove, s.seriesId(), false);
            audit.record(
                    h,
                    actor,
                    "results_access.candidates",
                    "results_access",
                    AccessSettingsService.target(s),
                    null,
                    auditOf(dao, give, remove, staled));
            return AccessView.summary(h, s);
        });
    }

    private static List<Long> check(CandidateChange change) {
        if (change == null
                || change.giveOrEmpty().isEmpty() && change.removeOrEmpty().isEmpty()) {
            throw ApiException.invalid(
                    "Name at least one candidate id in 'give' or 'remove'.", List.of("give", "remove"));
        }
        if (change.giveOrEmpty().size() + change.removeOrEmpty().size() > MAX_CHANGE) {
            throw ApiException.invalid("Change at most " + MAX_CHANGE + " candidates at once.", List.of());
        }
        if (change.giveOrEmpty().stream().anyMatch(Objects::isNull)
                || change.removeOrEmpty().stream().anyMatch(Objects::isNull)) {
            throw ApiException.invalid("Candidate ids cannot be null.", List.of());
        }
        Set<Long> both = new HashSet<>(change.giveOrEmpty());
        both.retainAll(change.removeOrEmpty());
        if (!both.isEmpty()) {
            throw ApiException.invalid(
                    "A candidate cannot both gain and lose access: " + both + ".",
                    both.stream().map(String::valueOf).toList());
        }
        return change.giveOrEmpty();
    }

    private static void requireSelectedMode(Handle h, Scope s) {
        AccessMode mode =
                h.attach(ResultsAccessDao.class).get(s.centreId(), s.seriesId()).mode();
        if (mode != AccessMode.SELECTED) {
            throw ApiException.invalid(
                    "Candidates can be ticked one by one only when access is SELECTED; "
                            + s.centre().name() + " has " + mode + " for "
                            + s.series().name() + ".",
                    List.of("mode"));
        }
    }

    private static void requireAllEntered(CandidateDao dao, Scope s, Set<Long> ids) {
        Set<Long> missing = new LinkedHashSet<>(ids);
        missing.removeAll(dao.entered(s.centreId(), s.seriesId(), ids));
        if (!missing.isEmpty()) {
            List<String> details = new ArrayList<>();
            missing.forEach(id -> details.add(String.valueOf(id)));
            throw new ApiException(
                    404,
                    "not_found",
                    "These candidates are not entered at " + s.centre().name() + " for "
                            + s.series().name() + ": " + String.join(", ", details) + ". Nothing was changed.",
                    details);
        }
    }

    private static Map<String, Object> auditOf(CandidateDao dao, Set<Long> give, Set<Long> remove, int staled) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("given", give.isEmpty() ? List.of() : dao.numbers(give));
        after.put("removed", remove.isEmpty() ? List.of() : dao.numbers(remove));
        after.put("credentialsMarkedStale", staled);
        return after;
    }
}

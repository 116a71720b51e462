package org.examdesk.admin.learners.claims;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.examdesk.admin.accounts.Actor;
import org.examdesk.admin.accounts.Caller;
import org.examdesk.admin.accounts.CentreScope;
import org.examdesk.admin.accounts.Role;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.web.ApiException;
import org.examdesk.admin.web.Idempotency;
import org.jdbi.v3.core.Jdbi;

/**
 * Claims (domain section 3), by centre administrators only: each learner's claim is checked against the rules of
 * combination of their pathway; eligible ones are submitted (a Full or Fallback award closes the registration),
 * ineligible ones kept unsubmitted with their reasons and editable by reference. One transaction with the audit rows,
 * at most once per Idempotency-Key; nothing is written when the request is refused.
 */
final class ClaimService {
    /** The answer to a claim: every learner's claim, how many were submitted and kept, and a sentence. */
    record Made(List<ClaimView> claims, int submitted, int ineligible, String message) {}

    static final String ASSESSORS = "Only a centre administrator can make or edit a claim: assessors can do everything "
            + "in learner management except claiming. Ask your centre administrator.";
    private static final int LIST_LIMIT = 500;

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;
    private final Idempotency idempotency;

    ClaimService(Jdbi jdbi, Clock clock, AuditLog audit, Idempotency idempotency) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        this.idempotency = idempotency;
    }

    Idempotency.Outcome claim(Actor actor, ClaimRequest request, String key) {
        long centre = centreAdministrator(actor.caller());
        ClaimRules.Checked checked = ClaimRules.check(request, LocalDate.now(clock));
        return jdbi.inTransaction(h -> idempotency.run(h, actor, key, "POST claims " + request, 201, () -> {
            ClaimDao dao = h.attach(ClaimDao.class);
            ClaimDao.Product product = ClaimChecks.product(dao, checked.product());
            ClaimChecks.units(dao, product, checked.grades(), "learners[{i}].units");
            List<Long> ids = request.learners().stream()
                    .map(ClaimRequest.Learner::learnerId)
                    .toList();
            List<ClaimDao.Learner> learners = ClaimChecks.learners(dao, centre, ids, product);
            ClaimRules.checkSame(
                    checked.grades(),
                    learners.stream().map(ClaimDao.Learner::name).toList());
            Map<Long, Pathway> pathways = ClaimChecks.pathways(dao, product.id());
            Map<String, Long> unitIds = unitIds(dao, product.id());
            List<Long> made = store(dao, actor, centre, product, checked, learners, pathways, unitIds);
            List<ClaimView> views = views(dao, made);
            audit.recordAll(
                    h,
                    actor,
                    "CLAIM_MADE",
                    "claim",
                    views.stream()
                            .map(c -> new AuditLog.Target(c.reference(), c))
                            .toList());
            return ClaimMessages.made(views);
        }));
    }

    Idempotency.Outcome edit(Actor actor, String reference, ClaimEdit edit, String key) {
        centreAdministrator(actor.caller());
        LocalDate today = LocalDate.now(clock);
        ClaimRules.Problems p = new ClaimRules.Problems();
        String type = ClaimRules.awardType(edit == null ? null : edit.awardType(), p);
        LocalDate date = ClaimRules.awardDate(edit == null ? null : edit.awardDate(), today, p);
        Map<String, String> grades = ClaimRules.units(edit == null ? null : edit.units(), "units", p);
        p.check("The claim cannot be changed");
        return jdbi.inTransaction(
                h -> idempotency.run(h, actor, key, "PUT claims " + reference + " " + edit, 200, () -> {
                    ClaimDao dao = h.attach(ClaimDao.class);
                    dao.lock(reference);
                    ClaimDao.Row row = visible(dao, actor.caller(), reference);
                    ClaimView before = views(dao, List.of(row.id())).get(0);
                    if (!row.state().equals("INELIGIBLE")) {
                        throw ApiException.conflict(
                                "Claim " + reference + " has been submitted, so it cannot be edited.");
                    }
                    ClaimDao.Product product = ClaimChecks.product(dao, row.productReference());
                    ClaimChecks.units(dao, product, List.of(grades), "units");
                    Map<Long, Pathway> pathways = ClaimChecks.pathways(dao, product.id());
                    Long pathwayId = ClaimChecks.learners(dao, row.centreId(), List.of(row.learnerId()), product)
                            .get(0)
                            .pathwayId();
                    List<Reason> reasons = Combination.check(type, ClaimChecks.pathwayOf(pathways, pathwayId), grades);
                    String state = reasons.isEmpty() ? "SUBMITTED" : "INELIGIBLE";
                    dao.update(
                            row.id(),
                            type,
                            date,
                            state,
                            ClaimView.json(reasons),
                            reasons.isEmpty() ? clock.instant() : null);
                    dao.deleteUnits(row.id());
                    dao.insertUnits(units(row.id(), grades, unitIds(dao, product.id())));
                    closeIfFinal(dao, type, state, row.registrationId());
                    ClaimView after = views(dao, List.of(row.id())).get(0);
                    audit.record(h, actor, "CLAIM_EDITED", "claim", reference, before, after);
                    return ClaimMessages.made(List.of(after));
                }));
    }

    List<ClaimView> list(Caller caller, String state, Long learner) {
        Long centre = CentreScope.acrossCentres(caller) ? null : CentreScope.ownCentre(caller);
        return jdbi.withHandle(h -> {
            ClaimDao dao = h.attach(ClaimDao.class);
            List<ClaimDao.Row> rows = dao.list(centre, state, learner, LIST_LIMIT);
            List<ClaimDao.UnitRow> units =
                    dao.units(rows.stream().mapToLong(ClaimDao.Row::id).toArray());
            return rows.stream().map(r -> ClaimView.of(r, units)).toList();
        });
    }

    ClaimView get(Caller caller, String reference) {
        return jdbi.withHandle(h -> {
            ClaimDao dao = h.attach(ClaimDao.class);
            return views(dao, List.of(visible(dao, caller, reference).id())).get(0);
        });
    }

    private static long centreAdministrator(Caller caller) {
        if (!caller.roles().contains(Role.CENTRE_ADMINISTRATOR)) {
            throw ApiException.forbidden(ASSESSORS);
        }
        return CentreScope.ownCentre(caller);
    }

    private static ClaimDao.Row visible(ClaimDao dao, Caller caller, String reference) {
        return dao.find(reference)
                .filter(r -> CentreScope.covers(caller, r.centreId()))
                .orElseThrow(() -> ApiException.notFound("There is no claim " + reference + " at your centre."));
    }

    /**
     * Stores every learner's claim, eligible or not, in a few statements whatever the number of learners: the claims
     * in one, their units in one batch, the registrations a final award closes in one. Returns the claims' ids in the
     * order of the request.
     */
    private List<Long> store(
            ClaimDao dao,
            Actor actor,
            long centre,
            ClaimDao.Product product,
            ClaimRules.Checked checked,
            List<ClaimDao.Learner> learners,
            Map<Long, Pathway> pathways,
            Map<String, Long> unitIds) {
        int n = learners.size();
        long[] registrations = new long[n];
        long[] learnerIds = new long[n];
        String[] states = new String[n];
        String[] reasons = new String[n];
        for (int i = 0; i < n; i++) {
            ClaimDao.Learner l = learners.get(i);
            List<Reason> why = Combination.check(
                    checked.awardType(),
                    ClaimChecks.pathwayOf(pathways, l.pathwayId()),
                    checked.grades().get(i));
            registrations[i] = l.registrationId();
            learnerIds[i] = l.id();
            states[i] = why.isEmpty() ? "SUBMITTED" : "INELIGIBLE";
            reasons[i] = ClaimView.json(why);
        }
        List<ClaimDao.Stored> stored = dao.insertAll(
                centre,
                product.id(),
                checked.awardType(),
                checked.awardDate(),
                actor.caller().id(),
                clock.instant(),
                registrations,
                learnerIds,
                states,
                reasons);
        Map<Long, ArrayDeque<Long>> byLearner = new HashMap<>();
        stored.forEach(c -> byLearner
                .computeIfAbsent(c.learnerId(), k -> new ArrayDeque<>())
                .add(c.id()));
        List<Long> made = new ArrayList<>();
        List<ClaimDao.ClaimUnit> units = new ArrayList<>();
        List<Long> closed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long id = byLearner.get(learnerIds[i]).poll();
            made.add(id);
            units.addAll(units(id, checked.grades().get(i), unitIds));
            if (states[i].equals("SUBMITTED") && !checked.awardType().equals("INTERIM")) {
                closed.add(registrations[i]);
            }
        }
        dao.insertUnits(units);
        dao.closeRegistrations(closed.stream().mapToLong(Long::longValue).toArray());
        return made;
    }

    private static void closeIfFinal(ClaimDao dao, String awardType, String state, long registrationId) {
        if (state.equals("SUBMITTED") && !awardType.equals("INTERIM")) {
            dao.closeRegistration(registrationId);
        }
    }

    private static Map<String, Long> unitIds(ClaimDao dao, long productId) {
        Map<String, Long> ids = new HashMap<>();
        dao.unitIds(productId).forEach(u -> ids.put(u.code(), u.id()));
        return ids;
    }

    private static List<ClaimDao.ClaimUnit> units(long claimId, Map<String, String> grades, Map<String, Long> ids) {
        return grades.entrySet().stream()
                .map(e -> new ClaimDao.ClaimUnit(claimId, ids.get(e.getKey()), e.getValue()))
                .toList();
    }

    private static List<ClaimView> views(ClaimDao dao, List<Long> ids) {
        long[] array = ids.stream().mapToLong(Long::longValue).toArray();
        List<ClaimDao.UnitRow> units = dao.units(array);
        return dao.findAll(array).stream().map(r -> ClaimView.of(r, units)).toList();
    }
}

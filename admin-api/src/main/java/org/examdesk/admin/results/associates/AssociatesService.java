package org.examdesk.admin.results.associates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.examdesk.admin.accounts.Actor;
import org.examdesk.admin.accounts.Caller;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.results.AccessSettings;
import org.examdesk.admin.results.AccessSettingsService;
import org.examdesk.admin.results.AccessValidator;
import org.examdesk.admin.results.AccessView;
import org.examdesk.admin.results.CentreScope;
import org.examdesk.admin.results.ContactMode;
import org.examdesk.admin.results.ResultsAccessDao;
import org.examdesk.admin.results.Scope;
import org.examdesk.admin.results.StalenessDao;
import org.examdesk.admin.results.TargetCentre;
import org.examdesk.admin.web.ApiException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A parent centre's control over its associates: "use defaults" (one setting for all) or centre by centre. Giving
 * access later, or changing an associate's delay or contact mode, marks its credentials stale.
 */
public final class AssociatesService {
    private final Jdbi jdbi;
    private final CentreScope scopes;
    private final AccessValidator validator;
    private final AuditLog audit;

    public AssociatesService(Jdbi jdbi, CentreScope scopes, AccessValidator validator, AuditLog audit) {
        this.jdbi = jdbi;
        this.scopes = scopes;
        this.validator = validator;
        this.audit = audit;
    }

    /**
     * The associates of the caller's centre, or of {@code centreId} when the caller may act for it (its own or an
     * associate's); any other centre is a 404.
     */
    public AssociatesView get(Caller caller, long seriesId, Long centreId) {
        return jdbi.withHandle(h -> view(h, scopes.resolve(h, caller, seriesId, centreId)));
    }

    public AssociatesView put(Actor actor, long seriesId, Long centreId, AssociatesRequest request) {
        if (request == null || request.useDefaults() == null) {
            throw ApiException.invalid(
                    "Say whether to use defaults for all associates (useDefaults: true or false).",
                    List.of("useDefaults"));
        }
        return jdbi.inTransaction(h -> {
            Scope parent = scopes.resolve(h, actor.caller(), seriesId, centreId);
            Map<Long, TargetCentre> associates = new LinkedHashMap<>();
            TargetCentre.associatesOf(h, parent.centreId()).forEach(a -> associates.put(a.id(), a));
            Map<Long, AssociateAccess> wanted = wanted(request, associates);
            AssociateDao dao = h.attach(AssociateDao.class);
            List<Map<String, Object>> changes = new ArrayList<>();
            for (var e : wanted.entrySet()) {
                AssociateAccess before = dao.get(e.getKey(), parent.seriesId());
                if (!before.equals(e.getValue())) {
                    int staled = markStale(h, e.getKey(), parent.seriesId(), before, e.getValue());
                    dao.save(e.getKey(), parent.seriesId(), e.getValue());
                    changes.add(Map.of(
                            "centre",
                            associates.get(e.getKey()).number(),
                            "before",
                            before,
                            "after",
                            e.getValue(),
                            "credentialsMarkedStale",
                            staled));
                }
            }
            dao.saveUseDefaults(parent.centreId(), parent.seriesId(), request.useDefaults());
            audit.record(
                    h,
                    actor,
                    "results_associates.update",
                    "results_access",
                    AccessSettingsService.target(parent),
                    null,
                    Map.of("useDefaults", request.useDefaults(), "changes", changes));
            return view(h, parent);
        });
    }

    private Map<Long, AssociateAccess> wanted(AssociatesRequest request, Map<Long, TargetCentre> associates) {
        Map<Long, AssociateAccess> wanted = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        if (request.useDefaults()) {
            if (request.defaults() == null) {
                throw ApiException.invalid(
                        "With useDefaults, give the defaults: giveAccess, contactMode, delayDays.",
                        List.of("defaults"));
            }
            AssociateAccess all = setting(request.defaults(), problems);
            associates.keySet().forEach(id -> wanted.put(id, all));
        } else {
            List<String> unknown = new ArrayList<>();
            for (AssociatesRequest.Setting s :
                    request.associates() == null ? List.<AssociatesRequest.Setting>of() : request.associates()) {
                if (s == null || s.centreId() == null || !associates.containsKey(s.centreId())) {
                    unknown.add(s == null ? "null" : String.valueOf(s.centreId()));
                } else {
                    wanted.put(s.centreId(), setting(s, problems));
                }
            }
            if (!unknown.isEmpty()) {
                throw new ApiException(
                        404,
                        "not_found",
                        "These centres are not your associates: " + String.join(", ", unknown)
                                + ". Nothing was changed.",
                        unknown);
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems.get(0), problems);
        }
        return wanted;
    }

    private AssociateAccess setting(AssociatesRequest.Setting s, List<String> problems) {
        int delay = s.delayDays() == null ? 0 : s.delayDays();
        validator.checkDelay(delay, problems);
        ContactMode mode = ContactMode.DEFAULT;
        if (s.contactMode() != null) {
            try {
                mode = ContactMode.valueOf(s.contactMode().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("contactMode is DEFAULT or CENTRE_DEFINED, not '" + s.contactMode() + "'.");
            }
        }
        return new AssociateAccess(Boolean.TRUE.equals(s.giveAccess()), mode, delay);
    }

    private static int markStale(
            Handle h, long associateId, long seriesId, AssociateAccess before, AssociateAccess after) {
        boolean gained = !before.giveAccess() && after.giveAccess();
        boolean letterChanged = before.delayDays() != after.delayDays() || before.contactMode() != after.contactMode();
        return gained || letterChanged ? h.attach(StalenessDao.class).centre(associateId, seriesId) : 0;
    }

    private AssociatesView view(Handle h, Scope parent) {
        AssociateDao dao = h.attach(AssociateDao.class);
        List<AssociatesView.Associate> rows = new ArrayList<>();
        for (TargetCentre a : TargetCentre.associatesOf(h, parent.centreId())) {
            AssociateAccess access = dao.get(a.id(), parent.seriesId());
            Scope scope = new Scope(a, parent.series());
            rows.add(new AssociatesView.Associate(
                    a.id(),
                    a.number(),
                    a.name(),
                    access.giveAccess(),
                    access.contactMode(),
                    access.delayDays(),
                    h.attach(ResultsAccessDao.class)
                            .get(a.id(), parent.seriesId())
                            .mode(),
                    AccessView.summary(h, scope)));
        }
        AccessSettings own = h.attach(ResultsAccessDao.class).get(parent.centreId(), parent.seriesId());
        return new AssociatesView(
                parent.seriesId(),
                parent.series().name(),
                dao.useDefaults(parent.centreId(), parent.seriesId()).orElse(false),
                new AccessView.Contact(own.contactName(), own.contactPhone(), own.contactEmail()),
                rows);
    }
}

package org.examdesk.admin.results;

import java.util.List;
import java.util.Map;
import org.examdesk.admin.accounts.Actor;
import org.examdesk.admin.accounts.Caller;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.results.associates.AssociateDao;
import org.examdesk.admin.results.candidates.CandidateDao;
import org.examdesk.admin.results.letters.CredentialJobs;
import org.examdesk.admin.web.ApiException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** A centre's access settings for a series: who has access, the agreement, the contact and the delay. */
public final class AccessSettingsService {
    private final Jdbi jdbi;
    private final CentreScope scopes;
    private final AccessValidator validator;
    private final AuditLog audit;
    private final CredentialJobs letters;

    AccessSettingsService(
            Jdbi jdbi, CentreScope scopes, AccessValidator validator, AuditLog audit, CredentialJobs letters) {
        this.jdbi = jdbi;
        this.scopes = scopes;
        this.validator = validator;
        this.letters = letters;
        this.audit = audit;
    }

    AccessView get(Caller caller, long seriesId, Long centreId) {
        return jdbi.withHandle(h -> view(h, scopes.resolve(h, caller, seriesId, centreId)));
    }

    /**
     * Saves the settings; confirming ALL or SELECTED then starts the letters of those who need one at once (seed
     * 002), outside the settings' transaction so that the settings stand whatever the job does.
     */
    AccessView put(Actor actor, long seriesId, Long centreId, AccessRequest request) {
        AccessSettings wanted = validator.validate(request);
        AccessView saved = save(actor, seriesId, centreId, wanted);
        if (wanted.mode() == AccessMode.NONE) {
            return saved;
        }
        return letters.startAfterConfirming(actor, seriesId, centreId)
                .map(saved::withLettersJob)
                .orElse(saved);
    }

    private AccessView save(Actor actor, long seriesId, Long centreId, AccessSettings wanted) {
        return jdbi.inTransaction(h -> {
            Scope scope = scopes.resolve(h, actor.caller(), seriesId, centreId);
            ResultsAccessDao dao = h.attach(ResultsAccessDao.class);
            AccessSettings before = dao.get(scope.centreId(), scope.seriesId());
            if (wanted.mode() != AccessMode.NONE) {
                scopes.requireOpenWithEntries(h, scope);
                requireParentAllows(h, scope);
            }
            if (before.mode() == AccessMode.ALL && wanted.mode() == AccessMode.SELECTED) {
                h.attach(CandidateDao.class).selectAll(scope.centreId(), scope.seriesId());
            }
            int staled = markStale(h, scope, before, wanted);
            dao.save(scope.centreId(), scope.seriesId(), wanted);
            Map<String, Object> after = wanted.audit();
            after.put("credentialsMarkedStale", staled);
            audit.record(h, actor, "results_access.update", "results_access", target(scope), before.audit(), after);
            return view(h, scope);
        });
    }

    public static String target(Scope scope) {
        return scope.centre().number() + "/" + scope.series().code();
    }

    private AccessView view(Handle h, Scope scope) {
        return AccessView.of(h, scope, scopes.isOpen(scope.series()), validator.maxDelayDays());
    }

    private static void requireParentAllows(Handle h, Scope scope) {
        if (scope.centre().isAssociate()
                && !h.attach(AssociateDao.class)
                        .get(scope.centreId(), scope.seriesId())
                        .giveAccess()) {
            throw ApiException.invalid(
                    scope.centre().parentName() + " has not given "
                            + scope.centre().name() + " access to the candidate results website for "
                            + scope.series().name() + ".",
                    List.of("parent"));
        }
    }

    /** Changing the delay or contact, or giving access to someone who had credentials, outdates letters. */
    private static int markStale(Handle h, Scope scope, AccessSettings before, AccessSettings after) {
        StalenessDao stale = h.attach(StalenessDao.class);
        int count = stale.gainedByMode(scope.centreId(), scope.seriesId(), before.mode(), after.mode());
        boolean contactChanged = !before.sameContactAs(after);
        if (contactChanged || before.delayDays() != after.delayDays()) {
            count += stale.centre(scope.centreId(), scope.seriesId());
        }
        if (contactChanged && !scope.centre().isAssociate()) {
            long[] associates = TargetCentre.associatesOf(h, scope.centreId()).stream()
                    .mapToLong(TargetCentre::id)
                    .toArray();
            count += stale.defaultContactAssociates(associates, scope.seriesId());
        }
        return count;
    }
}

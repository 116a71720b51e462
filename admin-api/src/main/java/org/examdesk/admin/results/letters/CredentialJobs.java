package org.examdesk.admin.results.letters;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.examdesk.admin.accounts.Actor;
import org.examdesk.admin.accounts.Caller;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.results.AccessSettingsService;
import org.examdesk.admin.results.CentreScope;
import org.examdesk.admin.results.LetterTerms;
import org.examdesk.admin.results.Scope;
import org.examdesk.admin.results.candidates.CandidatePasswords;
import org.examdesk.admin.results.candidates.CredentialDao;
import org.examdesk.admin.results.candidates.LetterCandidate;
import org.examdesk.admin.web.ApiException;
import org.jdbi.v3.core.Jdbi;

/**
 * Starts credential generation as a job on the executor and reports its progress. At most one job runs per centre
 * and series: asking again while one runs returns that job.
 */
public final class CredentialJobs {
    /** A running job that has not reported for this long is taken as abandoned (its node stopped). */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

    /** The job, and whether this request started it. */
    record Started(JobView job, boolean created) {}

    private final Jdbi jdbi;
    private final Clock clock;
    private final CentreScope scopes;
    private final CandidatePasswords passwords;
    private final AuditLog audit;
    private final Executor executor;

    public CredentialJobs(
            Jdbi jdbi,
            Clock clock,
            CentreScope scopes,
            CandidatePasswords passwords,
            AuditLog audit,
            Executor executor) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.scopes = scopes;
        this.passwords = passwords;
        this.audit = audit;
        this.executor = executor;
    }

    Started start(Actor actor, long seriesId, Long centreId, String scopeName) {
        String scope = scopeName == null ? "PENDING" : scopeName.trim().toUpperCase(Locale.ROOT);
        if (!scope.equals("PENDING") && !scope.equals("ALL")) {
            throw ApiException.invalid(
                    "'scope' is PENDING (new and stale letters only) or ALL (new passwords for "
                            + "everyone with access), not '" + scopeName + "'.",
                    List.of("scope"));
        }
        return begin(actor, seriesId, centreId, scope, false).orElseThrow();
    }

    /**
     * Starts the letters of the candidates who need one (new or stale), as confirming ALL or SELECTED does (seed
     * 002: confirming generates them); empty when nobody needs a letter or the terms do not allow letters yet, so
     * the confirmation itself never fails for it. A job already running is returned instead.
     */
    public Optional<JobView> startAfterConfirming(Actor actor, long seriesId, Long centreId) {
        return begin(actor, seriesId, centreId, "PENDING", true).map(Started::job);
    }

    /** Plans and starts a job; {@code quiet}: nothing to do (or not allowed yet) is empty rather than refused. */
    private Optional<Started> begin(Actor actor, long seriesId, Long centreId, String scope, boolean quiet) {
        LetterJob.Plan plan = jdbi.inTransaction(h -> {
            Scope s = scopes.resolve(h, actor.caller(), seriesId, centreId);
            JobDao jobs = h.attach(JobDao.class);
            if (jobs.abandon(s.centreId(), s.seriesId(), clock.instant().minus(ABANDONED_AFTER), clock.instant())
                    > 0) { // what the abandoned job had written so far goes with it
                h.attach(LetterFileDao.class).deleteFilesOfFailedJobs(s.centreId(), s.seriesId());
            }
            var running = jobs.running(s.centreId(), s.seriesId());
            if (running.isPresent()) {
                return new LetterJob.Plan(running.get().id(), s, null, null, actor);
            }
            LetterTerms terms = LetterTerms.of(h, s);
            if (quiet && !terms.readyForLetters()) {
                return null;
            }
            scopes.requireOpenWithEntries(h, s);
            terms.requireReadyForLetters(s);
            List<LetterCandidate> todo = h.attach(CredentialDao.class)
                    .needingLetters(
                            s.centreId(), s.seriesId(), terms.mode(), terms.parentAllows(), scope.equals("ALL"));
            if (todo.isEmpty() && quiet) {
                return null;
            }
            if (todo.isEmpty()) {
                throw ApiException.invalid(
                        "Every candidate with access already has a current letter. To issue new "
                                + "passwords to all of them, send {\"scope\":\"ALL\"}.",
                        List.of("scope"));
            }
            var started = jobs.startRunning(
                    s.centreId(),
                    s.seriesId(),
                    scope,
                    todo.size(),
                    actor.caller().name(),
                    clock.instant());
            if (started.isEmpty()) { // another request started one between our check and our insert
                return new LetterJob.Plan(
                        jobs.running(s.centreId(), s.seriesId()).orElseThrow().id(), s, null, null, actor);
            }
            long id = started.get();
            audit.record(
                    h,
                    actor,
                    "results_credentials.generate",
                    "results_access",
                    AccessSettingsService.target(s),
                    null,
                    Map.of("jobId", id, "scope", scope, "candidates", todo.size()));
            return new LetterJob.Plan(id, s, terms, todo, actor);
        });
        if (plan == null) {
            return Optional.empty();
        }
        if (plan.candidates() == null) {
            return Optional.of(new Started(job(actor.caller(), seriesId, centreId, plan.jobId()), false));
        }
        executor.execute(new LetterJob(jdbi, clock, passwords, audit, plan));
        return Optional.of(new Started(job(actor.caller(), seriesId, centreId, plan.jobId()), true));
    }

    JobView job(Caller caller, long seriesId, Long centreId, long jobId) {
        return jdbi.withHandle(h -> {
            Scope s = scopes.resolve(h, caller, seriesId, centreId);
            return h.attach(JobDao.class)
                    .find(jobId, s.centreId(), s.seriesId())
                    .map(JobView::of)
                    .orElseThrow(() -> ApiException.notFound("There is no letters job " + jobId + " for "
                            + s.centre().name() + " in " + s.series().name() + "."));
        });
    }
}

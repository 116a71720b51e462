package org.examdesk.admin.results;

import io.javalin.config.RoutesConfig;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.examdesk.admin.accounts.Access;
import org.examdesk.admin.accounts.SignInGuard;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.results.associates.AssociatesService;
import org.examdesk.admin.results.candidates.CandidateAccessService;
import org.examdesk.admin.results.candidates.CandidateAuthController;
import org.examdesk.admin.results.candidates.CandidateLoginService;
import org.examdesk.admin.results.candidates.CandidatePasswords;
import org.examdesk.admin.results.letters.CredentialJobs;
import org.examdesk.admin.results.letters.LetterDownloads;
import org.examdesk.admin.results.letters.LetterFiles;
import org.examdesk.admin.results.letters.LettersController;
import org.jdbi.v3.core.Jdbi;

/**
 * Candidate results access (domain section 2), wired by hand: series, access settings, candidates, credentials and
 * letters, associate centres, and the candidate sign-in. {@link #routes} adds its routes to the admin API.
 */
public final class ResultsModule {
    private final ResultsAccessController access;
    private final LettersController letters;
    private final CandidateAuthController candidateAuth;

    /**
     * @param signIns      slows down wrong guesses at the candidate sign-in
     * @param maxDelayDays the longest release delay a centre may set
     * @param executor     where letter jobs run (slow work off the request thread)
     */
    public ResultsModule(
            Jdbi jdbi, Clock clock, AuditLog audit, SignInGuard signIns, int maxDelayDays, Executor executor) {
        CentreScope scopes = new CentreScope(clock);
        AccessValidator validator = new AccessValidator(maxDelayDays);
        CandidatePasswords passwords = new CandidatePasswords();
        CredentialJobs jobs = new CredentialJobs(jdbi, clock, scopes, passwords, audit, executor);
        this.access = new ResultsAccessController(
                new SeriesService(jdbi, scopes),
                new AccessSettingsService(jdbi, scopes, validator, audit, jobs),
                new CandidateAccessService(jdbi, scopes, audit),
                new AssociatesService(jdbi, scopes, validator, audit));
        this.letters = new LettersController(jobs, new LetterDownloads(jdbi, scopes, new LetterFiles(jdbi), audit));
        this.candidateAuth = new CandidateAuthController(new CandidateLoginService(jdbi, passwords, signIns));
    }

    /** Two daemon threads for letter jobs: a job left unfinished at shutdown is failed when next asked for. */
    public static ExecutorService letterExecutor() {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(2, task -> {
            Thread t = new Thread(task, "results-letters-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public void routes(RoutesConfig r) {
        String base = "/api/v1/results-access/{seriesId}";
        r.get("/api/v1/series", access::series, Access.STUDENT_ADMIN);
        r.get(base, access::get, Access.STUDENT_ADMIN);
        r.put(base, access::put, Access.STUDENT_ADMIN);
        r.get(base + "/candidates", access::candidates, Access.STUDENT_ADMIN);
        r.put(base + "/candidates", access::changeCandidates, Access.STUDENT_ADMIN);
        r.get(base + "/associates", access::associates, Access.STUDENT_ADMIN);
        r.put(base + "/associates", access::putAssociates, Access.STUDENT_ADMIN);
        r.post(base + "/credentials", letters::generate, Access.STUDENT_ADMIN);
        r.get(base + "/jobs/{jobId}", letters::job, Access.STUDENT_ADMIN);
        r.get(base + "/letters.pdf", letters::pdf, Access.STUDENT_ADMIN);
        r.get(base + "/letters.zip", letters::zip, Access.STUDENT_ADMIN);
        r.post("/api/v1/candidate-auth/login", candidateAuth::login, Access.PUBLIC);
    }
}

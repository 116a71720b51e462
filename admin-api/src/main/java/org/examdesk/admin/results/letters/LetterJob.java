package org.examdesk.admin.results.letters;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.examdesk.admin.accounts.Actor;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.results.AccessSettingsService;
import org.examdesk.admin.results.LetterTerms;
import org.examdesk.admin.results.Scope;
import org.examdesk.admin.results.candidates.CandidatePasswords;
import org.examdesk.admin.results.candidates.CredentialDao;
import org.examdesk.admin.results.candidates.LetterCandidate;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of credential generation: a fresh password per candidate, written only into the letters; then, in one
 * transaction, the hashes, the files and the job's end. If the delay, contact or access changed meanwhile, the
 * new credentials are stored already stale. Passwords never reach a log line.
 */
final class LetterJob implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(LetterJob.class);
    private static final int PROGRESS_EVERY = 100;

    /** What the job was started with. */
    record Plan(long jobId, Scope scope, LetterTerms terms, List<LetterCandidate> candidates, Actor actor) {}

    private final Jdbi jdbi;
    private final Clock clock;
    private final CandidatePasswords passwords;
    private final AuditLog audit;
    private final Plan plan;

    LetterJob(Jdbi jdbi, Clock clock, CandidatePasswords passwords, AuditLog audit, Plan plan) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.passwords = passwords;
        this.audit = audit;
        this.plan = plan;
    }

    @Override
    public void run() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("examdesk-letters-");
            long started = System.nanoTime();
            long zipFile = jdbi.withExtension(LetterFileDao.class, files -> files.insertFile(plan.jobId(), "ZIP", 0));
            List<CredentialDao.Issued> issued;
            long zipBytes;
            try (ChunkedUpload zip = new ChunkedUpload(jdbi, zipFile)) {
                issued = write(dir.resolve("letters.pdf"), zip);
                zip.close();
                zipBytes = zip.bytes();
            }
            long written = System.nanoTime();
            store(issued, dir.resolve("letters.pdf"), zipFile, zipBytes);
            log.info(
                    "Letters job {}: {} letters written in {} ms, stored in {} ms",
                    plan.jobId(),
                    issued.size(),
                    (written - started) / 1_000_000,
                    (System.nanoTime() - written) / 1_000_000);
        } catch (Exception e) {
            log.error(
                    "Letters job {} for centre {} series {} failed",
                    plan.jobId(),
                    plan.scope().centre().number(),
                    plan.scope().series().code(),
                    e);
            jdbi.useTransaction(h -> h.attach(LetterFileDao.class).deleteFilesOfJob(plan.jobId()));
            jdbi.useExtension(
                    JobDao.class,
                    jobs -> jobs.finish(
                            plan.jobId(),
                            "FAILED",
                            0,
                            "Making the letters failed; nothing was changed. Try again, or contact support with job "
                                    + plan.jobId() + ".",
                            clock.instant()));
        } finally {
            deleteQuietly(dir);
        }
    }

    private List<CredentialDao.Issued> write(Path pdf, OutputStream zip) throws IOException {
        Instant now = clock.instant();
        List<CredentialDao.Issued> issued = new ArrayList<>(plan.candidates().size());
        try (LetterBundle bundle = LetterBundle.open(pdf, zip)) {
            for (LetterCandidate c : plan.candidates()) {
                String password = passwords.generate();
                String username = username(plan.scope(), c);
                bundle.add(letter(c, username, password));
                issued.add(new CredentialDao.Issued(
                        c.candidateId(),
                        plan.scope().seriesId(),
                        username,
                        passwords.hash(password),
                        now,
                        false,
                        plan.jobId()));
                if (issued.size() % PROGRESS_EVERY == 0) {
                    int done = issued.size();
                    jdbi.useExtension(JobDao.class, jobs -> jobs.progress(plan.jobId(), done, clock.instant()));
                }
            }
            bundle.finish();
        }
        return issued;
    }

    /** In one transaction: the hashes, the PDF, the zip's size (its chunks are in already) and the job's end. */
    private void store(List<CredentialDao.Issued> issued, Path pdf, long zipFile, long zipBytes) throws IOException {
        jdbi.useTransaction(h -> {
            boolean changed = !LetterTerms.of(h, plan.scope()).equals(plan.terms());
            List<CredentialDao.Issued> rows = changed
                    ? issued.stream()
                            .map(i -> new CredentialDao.Issued(
                                    i.candidateId(),
                                    i.seriesId(),
                                    i.username(),
                                    i.passwordHash(),
                                    i.generatedAt(),
                                    true,
                                    i.jobId()))
                            .toList()
                    : issued;
            h.attach(CredentialDao.class).issue(rows);
            LetterFiles.store(h, plan.jobId(), "PDF", pdf);
            h.attach(LetterFileDao.class).setBytes(zipFile, zipBytes);
            String message = issued.size() + " letters are ready."
                    + (changed
                            ? " The settings changed while they were made, so they are already out of date: regenerate."
                            : "");
            if (h.attach(JobDao.class).finish(plan.jobId(), "DONE", issued.size(), message, clock.instant()) == 0) {
                throw new IllegalStateException("job " + plan.jobId() + " was marked abandoned while it ran");
            }
            audit.record(
                    h,
                    plan.actor(),
                    "results_credentials.generated",
                    "results_access",
                    AccessSettingsService.target(plan.scope()),
                    null,
                    Map.of("jobId", plan.jobId(), "letters", issued.size(), "staleOnArrival", changed));
        });
    }

    /** Centre number, series code and candidate number: {@code 40123J260042}. Stays the same when regenerated. */
    static String username(Scope scope, LetterCandidate c) {
        return scope.centre().number() + scope.series().code() + c.candidateNumber();
    }

    private Letter letter(LetterCandidate c, String username, String password) {
        LetterTerms t = plan.terms();
        return new Letter(
                plan.scope().centre().name(),
                plan.scope().centre().number(),
                plan.scope().series().name(),
                c.name(),
                c.candidateNumber(),
                username,
                password,
                t.answeredBy(),
                t.contactName(),
                t.contactPhone(),
                t.contactEmail(),
                t.delayDays());
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            log.warn("Could not delete the temporary letters in {}", dir, e);
        }
    }
}

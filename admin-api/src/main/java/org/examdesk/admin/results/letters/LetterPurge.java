package org.examdesk.admin.results.letters;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.examdesk.admin.accounts.Actor;
import org.examdesk.admin.accounts.Caller;
import org.examdesk.admin.audit.AuditLog;
import org.jdbi.v3.core.Jdbi;

/**
 * Deletes the letter files of superseded jobs once they are older than the retention period: a finished job's PDF
 * and zip hold the only clear copies of its candidates' passwords, and a later finished job for the same centre and
 * series has replaced them. The latest finished job of each centre and series is always kept, whatever its age.
 * Each job whose files go is audited.
 */
public final class LetterPurge {
    private static final Caller SYSTEM = new Caller(Caller.Kind.SERVICE, 0, "ExamDesk", Set.of(), null, "api");

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;
    private final Duration retention;

    public LetterPurge(Jdbi jdbi, Clock clock, AuditLog audit, Duration retention) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        this.retention = retention;
    }

    /** Deletes what is due, in one transaction; returns how many jobs lost their files. */
    public int runOnce() {
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            LetterFileDao files = h.attach(LetterFileDao.class);
            List<LetterFileDao.Superseded> due = files.superseded(now.minus(retention));
            if (due.isEmpty()) {
                return 0;
            }
            files.deleteFiles(
                    due.stream().mapToLong(LetterFileDao.Superseded::fileId).toArray());
            Map<Long, Long> bytesByJob = due.stream()
                    .collect(Collectors.groupingBy(
                            LetterFileDao.Superseded::jobId, Collectors.summingLong(LetterFileDao.Superseded::bytes)));
            audit.recordAll(
                    h,
                    new Actor(SYSTEM, "letter-purge-" + now.toEpochMilli()),
                    "results_letters.purged",
                    "results_job",
                    bytesByJob.entrySet().stream()
                            .map(e -> new AuditLog.Target(
                                    String.valueOf(e.getKey()),
                                    Map.of("bytesDeleted", e.getValue(), "retentionDays", retention.toDays())))
                            .toList());
            return bytesByJob.size();
        });
    }
}

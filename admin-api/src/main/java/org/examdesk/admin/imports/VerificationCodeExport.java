package org.examdesk.admin.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.examdesk.admin.accounts.Actor;
import org.examdesk.admin.accounts.CentreScope;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.students.ActivationCodes;
import org.examdesk.admin.students.ExamEntryDao;
import org.examdesk.admin.students.StudentDao;
import org.examdesk.admin.students.StudentMail;
import org.examdesk.admin.web.ApiException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The verification-code export (domain section 1): creates a results account for every candidate the caller's
 * centre entered for a series who has none, and hands back their codes and personal activation addresses as
 * CSV. Codes are single-use, expire, and only their hashes are kept, so a lost file cannot be downloaded again:
 * {@code reissue} gives fresh codes (voiding the old ones) to exported accounts that are still not activated.
 */
final class VerificationCodeExport {
    private static final Pattern SERIES = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private final Jdbi jdbi;
    private final ActivationCodes codes;
    private final StudentMail mail;
    private final AuditLog audit;

    VerificationCodeExport(Jdbi jdbi, ActivationCodes codes, StudentMail mail, AuditLog audit) {
        this.jdbi = jdbi;
        this.codes = codes;
        this.mail = mail;
        this.audit = audit;
    }

    String export(Actor actor, String series, boolean responsibilityAccepted, boolean reissue) {
        if (!responsibilityAccepted) {
            throw ApiException.invalid(
                    "Tick that you accept responsibility for storing and handing out the file of "
                            + "verification codes securely (responsibilityAccepted: true).",
                    List.of("responsibilityAccepted"));
        }
        long centre = CentreScope.ownCentre(actor.caller());
        return jdbi.inTransaction(h -> {
            if (!SERIES.matcher(series).matches() || !hasEntries(h, centre, series)) {
                throw ApiException.notFound("Your centre has no exam entries for the series '" + series + "'.");
            }
            List<ExamEntryDao.ExportCandidate> candidates =
                    h.attach(ExamEntryDao.class).exportCandidates(centre, series, reissue);
            List<Long> created = create(h, actor, centre, candidates);
            Instant expires = codes.expiry();
            List<List<String>> lines = new ArrayList<>();
            lines.add(List.of("Forename", "Surname", "UCI", "Verification code", "Activation URL", "Code expires"));
            for (int i = 0; i < candidates.size(); i++) {
                ExamEntryDao.ExportCandidate c = candidates.get(i);
                long id = c.studentId() != null ? c.studentId() : created.get(i);
                String code = codes.issue(h, id);
                lines.add(List.of(
                        c.forename(), c.surname(), c.uci(), code, mail.activationUrl(code), expires.toString()));
            }
            audit.record(
                    h,
                    actor,
                    "VERIFICATION_CODES_EXPORTED",
                    "series",
                    centre + ":" + series,
                    null,
                    Map.of(
                            "series",
                            series,
                            "accountsCreated",
                            created.stream().filter(x -> x != null).count(),
                            "codesIssued",
                            candidates.size()));
            return RejectedCsv.write(lines);
        });
    }

    private static boolean hasEntries(Handle h, long centre, String series) {
        return h.attach(ExamEntryDao.class).hasEntries(centre, series);
    }

    /** Creates accounts for the candidates without one; the list holds the new id per candidate, or null. */
    private List<Long> create(Handle h, Actor actor, long centre, List<ExamEntryDao.ExportCandidate> candidates) {
        StudentDao students = h.attach(StudentDao.class);
        List<Long> ids = new ArrayList<>();
        List<ExamEntryDao.ExportCandidate> created = new ArrayList<>();
        List<Long> createdIds = new ArrayList<>();
        List<AuditLog.Target> targets = new ArrayList<>();
        for (ExamEntryDao.ExportCandidate c : candidates) {
            if (c.studentId() != null) {
                ids.add(null);
                continue;
            }
            long id = students.nextId();
            ids.add(id);
            created.add(c);
            createdIds.add(id);
            targets.add(new AuditLog.Target(String.valueOf(id), Map.of("uci", c.uci(), "createdBy", "export")));
        }
        if (!targets.isEmpty()) {
            students.insertExported(
                    createdIds,
                    created.stream().map(ExamEntryDao.ExportCandidate::forename).toList(),
                    created.stream().map(ExamEntryDao.ExportCandidate::surname).toList(),
                    created.stream().map(ExamEntryDao.ExportCandidate::uci).toList(),
                    created.stream()
                            .map(ExamEntryDao.ExportCandidate::dateOfBirth)
                            .toList(),
                    centre,
                    actor.caller().id());
        }
        audit.recordAll(h, actor, "STUDENT_CREATED_BY_EXPORT", "student", targets);
        return ids;
    }
}

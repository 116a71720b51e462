package org.examdesk.admin.imports;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.examdesk.admin.accounts.Actor;
import org.examdesk.admin.accounts.CentreDao;
import org.examdesk.admin.accounts.CentreScope;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.mail.Outbox;
import org.examdesk.admin.students.ActivationCodes;
import org.examdesk.admin.students.StudentMail;
import org.examdesk.admin.web.ApiException;
import org.examdesk.admin.web.Idempotency;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Imports students from a file (domain section 1): only with the uploader's consent warranty, only for a centre
 * allowed to share student emails, at most {@code rowLimit} rows. Valid rows are created, invalid rows are
 * reported and kept for download; all in one transaction, so nothing is half-written.
 */
public final class ImportService {
    public record Result(UUID importId, int accepted, List<ImportValidator.Rejected> rejected, String rejectedCsvUrl) {}

    private final Jdbi jdbi;
    private final ImportStore store;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final ImportFileReader reader = new ImportFileReader();
    private final ImportValidator validator;
    private final int rowLimit;

    public ImportService(
            Jdbi jdbi, Clock clock, ImportStore store, AuditLog audit, Idempotency idempotency, int rowLimit) {
        this.jdbi = jdbi;
        this.store = store;
        this.audit = audit;
        this.idempotency = idempotency;
        this.validator = new ImportValidator(
                new DatesOfBirth(clock.instant().atZone(ZoneOffset.UTC).getYear()));
        this.rowLimit = rowLimit;
    }

    /**
     * Imports the file, once per {@code key} when one is given: a retry with the same key and the same file gets
     * the first answer and imports nothing again (so no second welcome email); the same key with another file is
     * refused.
     */
    public Idempotency.Outcome importFile(Actor actor, String fileName, byte[] bytes, boolean consent, String key) {
        Idempotency.checkKey(key);
        if (!consent) {
            throw ApiException.invalid(
                    "Tick the warranty that the students consented to the processing of their "
                            + "personal data (consent=true) before importing.",
                    List.of("consent"));
        }
        long centreId = CentreScope.ownCentre(actor.caller());
        boolean shares = jdbi.withHandle(h -> h.attach(CentreDao.class).sharesStudentEmails(centreId));
        if (!shares) {
            throw ApiException.forbidden("Your centre has not given permission to share student email addresses with "
                    + "third parties, so it cannot import students. Use the verification-code export instead.");
        }
        List<ImportRow> rows = reader.read(bytes, rowLimit);
        String request = "POST /api/v1/students/imports " + fileName + " " + sha256(bytes);
        return jdbi.inTransaction(h ->
                idempotency.run(h, actor, key, request, 201, () -> importRows(h, actor, centreId, fileName, rows)));
    }

    private Result importRows(Handle h, Actor actor, long centreId, String fileName, List<ImportRow> rows) {
        ImportValidator.Result result = validator.validate(rows, store.known(h, centreId, rows));
        UUID id = UUID.randomUUID();
        store.create(h, actor, centreId, id, result.accepted());
        store.saveImport(
                h,
                id,
                centreId,
                actor.caller().id(),
                fileName,
                result.accepted().size(),
                result.rejected().size(),
                RejectedCsv.of(result.rejected()));
        audit.record(
                h,
                actor,
                "STUDENTS_IMPORT",
                "student_import",
                id.toString(),
                null,
                Map.of(
                        "file",
                        fileName,
                        "accepted",
                        result.accepted().size(),
                        "rejected",
                        result.rejected().size()));
        return new Result(
                id,
                result.accepted().size(),
                result.rejected(),
                result.rejected().isEmpty() ? null : "/api/v1/students/imports/" + id + "/rejected.csv");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** The rejected rows of an import of the caller's centre, as CSV. */
    String rejectedCsv(Actor actor, UUID id) {
        return jdbi.withHandle(h -> h.attach(ImportDao.class).find(id))
                .filter(s -> CentreScope.covers(actor.caller(), s.centreId()))
                .map(ImportDao.Stored::rejectedCsv)
                .orElseThrow(() -> ApiException.notFound("There is no import " + id + " at your centre."));
    }

    /** Builds the service from its parts (the store's collaborators are shared with the student features). */
    public static ImportService create(
            Jdbi jdbi,
            Clock clock,
            ActivationCodes codes,
            StudentMail mail,
            Outbox outbox,
            AuditLog audit,
            Idempotency idempotency,
            int rowLimit) {
        return new ImportService(
                jdbi, clock, new ImportStore(codes, mail, outbox, audit), audit, idempotency, rowLimit);
    }
}

package org.examdesk.admin.imports;

import io.javalin.http.Context;
import org.examdesk.admin.accounts.AuthHandler;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.students.ActivationCodes;
import org.examdesk.admin.students.StudentMail;
import org.jdbi.v3.core.Jdbi;

/** {@code POST /api/v1/series/{seriesId}/verification-codes}: the export of verification codes as CSV. */
public final class VerificationCodesController {
    record ExportRequest(Boolean responsibilityAccepted, Boolean reissue) {}

    private final VerificationCodeExport export;

    public VerificationCodesController(Jdbi jdbi, ActivationCodes codes, StudentMail mail, AuditLog audit) {
        this.export = new VerificationCodeExport(jdbi, codes, mail, audit);
    }

    public void export(Context ctx) {
        ExportRequest r = ctx.body().isBlank() ? new ExportRequest(null, null) : ctx.bodyAsClass(ExportRequest.class);
        String csv = export.export(
                AuthHandler.actor(ctx),
                ctx.pathParam("seriesId"),
                Boolean.TRUE.equals(r.responsibilityAccepted()),
                Boolean.TRUE.equals(r.reissue()));
        ctx.status(201);
        ImportsController.csv(ctx, "verification-codes-" + ctx.pathParam("seriesId") + ".csv", csv);
    }
}

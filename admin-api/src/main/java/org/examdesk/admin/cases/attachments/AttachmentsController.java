package org.examdesk.admin.cases.attachments;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.util.List;
import org.examdesk.admin.accounts.AuthHandler;
import org.examdesk.admin.web.ApiException;
import org.examdesk.admin.web.Idempotency;

/** {@code /api/v1/cases/{number}/attachments}: upload (multipart, field {@code file}) and download. */
public final class AttachmentsController {
    private final AttachmentService attachments;

    public AttachmentsController(AttachmentService attachments) {
        this.attachments = attachments;
    }

    public void upload(Context ctx) {
        if (!ctx.isMultipartFormData()) {
            throw ApiException.invalid("Send the file as multipart/form-data in the field 'file'.", List.of("file"));
        }
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null) {
            throw ApiException.invalid("Attach a file in the form field 'file'.", List.of("file"));
        }
        AttachmentRules.checkSize(file.size());
        Idempotency.respond(
                ctx,
                attachments.add(
                        AuthHandler.actor(ctx),
                        ctx.pathParam("number"),
                        file.filename(),
                        file.content(),
                        ctx.header(Idempotency.HEADER)));
    }

    public void download(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiException.notFound("There is no such attachment, or it is not yours to see.");
        }
        AttachmentService.Download file = attachments.download(AuthHandler.require(ctx), ctx.pathParam("number"), id);
        String safeName = file.fileName().replaceAll("[^A-Za-z0-9._ -]", "_");
        ctx.header("Content-Disposition", "attachment; filename=\"" + safeName + "\"");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType(file.contentType()).result(file.content());
    }
}

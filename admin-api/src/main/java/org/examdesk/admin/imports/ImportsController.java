package org.examdesk.admin.imports;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.examdesk.admin.accounts.AuthHandler;
import org.examdesk.admin.web.ApiException;
import org.examdesk.admin.web.Idempotency;

/** {@code /api/v1/students/imports}: the template, the upload, and the rejected rows as CSV. */
public final class ImportsController {
    private final ImportService imports;
    private final long maxBytes;

    public ImportsController(ImportService imports, long maxBytes) {
        this.imports = imports;
        this.maxBytes = maxBytes;
    }

    public void template(Context ctx) {
        csv(ctx, "student-import-template.csv", RejectedCsv.template());
    }

    public void upload(Context ctx) {
        if (ctx.contentLength() > maxBytes) {
            throw tooLarge();
        }
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null) {
            throw ApiException.invalid("Attach the file as the multipart form field 'file'.", List.of("file"));
        }
        boolean consent =
                "true".equalsIgnoreCase(String.valueOf(ctx.formParam("consent")).trim());
        Idempotency.respond(
                ctx,
                imports.importFile(
                        AuthHandler.actor(ctx), file.filename(), bytes(file), consent, ctx.header(Idempotency.HEADER)));
    }

    public void rejected(Context ctx) {
        UUID id;
        try {
            id = UUID.fromString(ctx.pathParam("importId"));
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("There is no import " + ctx.pathParam("importId") + ".");
        }
        csv(ctx, "rejected-rows.csv", imports.rejectedCsv(AuthHandler.actor(ctx), id));
    }

    private byte[] bytes(UploadedFile file) {
        if (file.size() > maxBytes) {
            throw tooLarge();
        }
        try (InputStream in = file.content()) {
            return in.readNBytes((int) maxBytes + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ApiException tooLarge() {
        return ApiException.tooLarge("The file is larger than " + maxBytes / (1024 * 1024) + " MB. An upload holds at "
                + "most a few hundred students: split the file.");
    }

    static void csv(Context ctx, String fileName, String body) {
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        ctx.result(body);
    }
}

package org.examdesk.admin.learners.groups;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.examdesk.admin.accounts.AuthHandler;
import org.examdesk.admin.learners.QueryParams;
import org.examdesk.admin.web.ApiException;
import org.examdesk.admin.web.Idempotency;

/** {@code /api/v1/learner-groups}: the template, uploads, groups, their records, amendments, removals, submission. */
final class GroupsController {
    private final GroupUploads uploads;
    private final GroupReads reads;
    private final RecordChanges changes;
    private final GroupSubmission submission;
    private final long maxBytes;

    GroupsController(
            GroupUploads uploads, GroupReads reads, RecordChanges changes, GroupSubmission submission, long maxBytes) {
        this.uploads = uploads;
        this.reads = reads;
        this.changes = changes;
        this.submission = submission;
        this.maxBytes = maxBytes;
    }

    void template(Context ctx) {
        csv(ctx, "learner-group-template.csv", GroupCsv.template());
    }

    void upload(Context ctx) {
        if (ctx.contentLength() > maxBytes) {
            throw tooLarge();
        }
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null) {
            throw ApiException.invalid(
                    "Attach the learners' file (CSV or .xlsx) as the multipart form field 'file', and name the group "
                            + "in the field 'name'.",
                    List.of("file"));
        }
        Idempotency.respond(
                ctx,
                uploads.upload(
                        AuthHandler.actor(ctx),
                        ctx.formParam("name"),
                        file.filename(),
                        bytes(file),
                        ctx.header(Idempotency.HEADER)));
    }

    void list(Context ctx) {
        QueryParams p = new QueryParams(ctx::queryParam);
        String q = p.text("q");
        int page = p.page();
        int size = p.size();
        p.check("page is 1 or more; size is 1 to " + QueryParams.MAX_SIZE + ".");
        ctx.json(reads.list(AuthHandler.require(ctx), q, page, size));
    }

    void get(Context ctx) {
        ctx.json(reads.get(AuthHandler.require(ctx), id(ctx)));
    }

    void records(Context ctx) {
        QueryParams p = new QueryParams(ctx::queryParam);
        Boolean valid = valid(p);
        int page = p.page();
        int size = p.size();
        p.check("valid is true or false; page is 1 or more; size is 1 to " + QueryParams.MAX_SIZE + ".");
        ctx.json(reads.records(AuthHandler.require(ctx), id(ctx), valid, page, size));
    }

    void recordsCsv(Context ctx) {
        QueryParams p = new QueryParams(ctx::queryParam);
        Boolean valid = valid(p);
        p.check("valid is true or false.");
        long id = id(ctx);
        csv(ctx, "learner-group-" + id + ".csv", reads.recordsCsv(AuthHandler.require(ctx), id, valid));
    }

    void amend(Context ctx) {
        RecordChange change = ctx.bodyAsClass(RecordChange.class);
        Idempotency.respond(
                ctx, changes.amend(AuthHandler.actor(ctx), id(ctx), n(ctx), change, ctx.header(Idempotency.HEADER)));
    }

    void remove(Context ctx) {
        Idempotency.respond(
                ctx, changes.remove(AuthHandler.actor(ctx), id(ctx), n(ctx), ctx.header(Idempotency.HEADER)));
    }

    void removeInvalid(Context ctx) {
        if (!"false".equals(ctx.queryParam("valid"))) {
            throw ApiException.invalid(
                    "Only the invalid records can be removed all at once: DELETE .../records?valid=false. Remove "
                            + "another record by its row: DELETE .../records/{n}.",
                    List.of("valid"));
        }
        Idempotency.respond(
                ctx, changes.removeInvalid(AuthHandler.actor(ctx), id(ctx), ctx.header(Idempotency.HEADER)));
    }

    void submit(Context ctx) {
        Idempotency.respond(ctx, submission.submit(AuthHandler.actor(ctx), id(ctx), ctx.header(Idempotency.HEADER)));
    }

    private static Boolean valid(QueryParams p) {
        String value = p.text("valid");
        if (value == null || value.equals("true") || value.equals("false")) {
            return value == null ? null : Boolean.valueOf(value);
        }
        p.reject("valid");
        return null;
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiException.notFound("There is no learner group " + ctx.pathParam("id") + " at your centre.");
        }
    }

    private static int n(Context ctx) {
        try {
            return Integer.parseInt(ctx.pathParam("n"));
        } catch (NumberFormatException e) {
            throw ApiException.notFound("There is no record on row " + ctx.pathParam("n") + " in this group.");
        }
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
        return ApiException.tooLarge(
                "The file is larger than " + maxBytes / (1024 * 1024) + " MB, so it was not read. "
                        + "A learner group's file of 20,000 learners is about 1 MB: check that this is the right file, or split it.");
    }

    private static void csv(Context ctx, String fileName, String body) {
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        ctx.result(body);
    }
}

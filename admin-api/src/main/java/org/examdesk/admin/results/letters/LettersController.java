package org.examdesk.admin.results.letters;

import io.javalin.http.Context;
import java.util.Locale;
import org.examdesk.admin.accounts.AuthHandler;
import org.examdesk.admin.results.Params;

/** Thin handlers for credential jobs and the letter downloads. */
public final class LettersController {
    /** Body of {@code POST .../credentials}; empty means PENDING. */
    record GenerateRequest(String scope) {}

    private final CredentialJobs jobs;
    private final LetterDownloads downloads;

    public LettersController(CredentialJobs jobs, LetterDownloads downloads) {
        this.jobs = jobs;
        this.downloads = downloads;
    }

    public void generate(Context ctx) {
        GenerateRequest body =
                ctx.body().isBlank() ? new GenerateRequest(null) : ctx.bodyAsClass(GenerateRequest.class);
        CredentialJobs.Started started =
                jobs.start(AuthHandler.actor(ctx), Params.path(ctx, "seriesId"), Params.centre(ctx), body.scope());
        ctx.status(started.created() ? 202 : 200).json(started.job());
    }

    public void job(Context ctx) {
        ctx.json(jobs.job(
                AuthHandler.require(ctx), Params.path(ctx, "seriesId"), Params.centre(ctx), Params.path(ctx, "jobId")));
    }

    public void pdf(Context ctx) {
        send(ctx, "PDF", "application/pdf");
    }

    public void zip(Context ctx) {
        send(ctx, "ZIP", "application/zip");
    }

    private void send(Context ctx, String kind, String type) {
        LetterDownloads.Download d = downloads.open(
                AuthHandler.actor(ctx),
                Params.path(ctx, "seriesId"),
                Params.centre(ctx),
                Params.optional(ctx, "job"),
                kind);
        ctx.contentType(type);
        ctx.header(
                "Content-Disposition",
                "attachment; filename=\"" + d.fileName() + "." + kind.toLowerCase(Locale.ROOT) + "\"");
        ctx.header("Cache-Control", "no-store");
        ctx.header("Content-Length", String.valueOf(d.file().bytes()));
        downloads.copy(d, ctx.outputStream());
    }
}

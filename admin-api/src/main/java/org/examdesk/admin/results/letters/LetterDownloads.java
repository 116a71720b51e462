package org.examdesk.admin.results.letters;

import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import org.examdesk.admin.accounts.Actor;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.results.AccessSettingsService;
import org.examdesk.admin.results.CentreScope;
import org.examdesk.admin.results.Scope;
import org.examdesk.admin.web.ApiException;
import org.jdbi.v3.core.Jdbi;

/** Finds a centre's letter file (latest finished job, or a given one) and records who downloaded it. */
public final class LetterDownloads {
    /** A file ready to send, with the name it is sent under. */
    record Download(LetterFiles.StoredFile file, String fileName) {}

    private final Jdbi jdbi;
    private final CentreScope scopes;
    private final LetterFiles files;
    private final AuditLog audit;

    public LetterDownloads(Jdbi jdbi, CentreScope scopes, LetterFiles files, AuditLog audit) {
        this.jdbi = jdbi;
        this.scopes = scopes;
        this.files = files;
        this.audit = audit;
    }

    Download open(Actor actor, long seriesId, Long centreId, Long jobId, String kind) {
        Scope s = jdbi.withHandle(h -> scopes.resolve(h, actor.caller(), seriesId, centreId));
        LetterFiles.StoredFile file = files.find(s.centreId(), s.seriesId(), kind, jobId)
                .orElseThrow(() -> ApiException.notFound(
                        jobId == null
                                ? "There are no letters for " + s.centre().name() + " in "
                                        + s.series().name() + " yet: generate credentials first."
                                : "Letters job " + jobId + " has no file for "
                                        + s.centre().name()
                                        + ": it has not finished, or a later job replaced its letters and they were "
                                        + "deleted after the retention period. Download the latest letters."));
        jdbi.useTransaction(h -> audit.record(
                h,
                actor,
                "results_letters.download",
                "results_access",
                AccessSettingsService.target(s),
                null,
                Map.of("jobId", file.jobId(), "kind", kind)));
        String name = "letters-" + s.centre().number() + "-"
                + s.series().name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-job" + file.jobId();
        return new Download(file, name);
    }

    void copy(Download d, OutputStream out) {
        files.copy(d.file(), out);
    }
}

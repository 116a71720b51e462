package org.examdesk.admin.cases.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import org.examdesk.admin.accounts.Actor;
import org.examdesk.admin.accounts.Caller;
import org.examdesk.admin.cases.CaseAccess;
import org.examdesk.admin.cases.CaseDao;
import org.examdesk.admin.cases.CaseDeps;
import org.examdesk.admin.cases.CaseNumbers;
import org.examdesk.admin.cases.CaseReader;
import org.examdesk.admin.cases.CaseRow;
import org.examdesk.admin.cases.CaseStatus;
import org.examdesk.admin.cases.CaseViews;
import org.examdesk.admin.web.ApiException;
import org.examdesk.admin.web.Idempotency;
import org.jdbi.v3.core.Handle;

/**
 * Adds files to a case (the requester or an agent) and hands them out again (the requester, agents, and staff
 * of the requester's centre in a centre role). Bytes are kept in the database with their SHA-256.
 */
public final class AttachmentService {
    /** A file to send back. */
    record Download(String fileName, String contentType, byte[] content) {}

    private final CaseDeps deps;
    private final CaseReader reader;
    private final Idempotency idempotency;

    public AttachmentService(CaseDeps deps, CaseReader reader, Idempotency idempotency) {
        this.deps = deps;
        this.reader = reader;
        this.idempotency = idempotency;
    }

    /**
     * Adds the file to the case, once per {@code key} when one is given: a retry with the same key, name and bytes
     * gets the first answer and adds nothing; the same key with another file is refused.
     */
    Idempotency.Outcome add(Actor actor, String number, String givenName, InputStream in, String key) {
        Idempotency.checkKey(key);
        String fileName = AttachmentRules.cleanName(givenName);
        String ext = AttachmentRules.extension(fileName);
        byte[] content = readAtMost(in, AttachmentRules.MAX_BYTES + 1);
        AttachmentRules.checkSize(content.length);
        String contentType = AttachmentRules.sniff(ext, content);
        String sha256 = Sha256.hex(content);
        String request = "POST /api/v1/cases/" + number + "/attachments " + fileName + " " + sha256;
        return deps.jdbi()
                .inTransaction(h -> idempotency.run(
                        h,
                        actor,
                        key,
                        request,
                        201,
                        () -> store(h, actor, number, fileName, contentType, content, sha256)));
    }

    private CaseViews.Attachment store(
            Handle h, Actor actor, String number, String fileName, String contentType, byte[] content, String sha256) {
        CaseRow row = reader.visible(h, actor.caller(), number);
        if (row.status().equals(CaseStatus.CLOSED.name())) {
            throw ApiException.conflict("Case " + number + " is closed; files can no longer be added.");
        }
        Instant now = deps.clock().instant();
        AttachmentDao files = h.attach(AttachmentDao.class);
        long id = files.insert(
                row.id(),
                fileName,
                contentType,
                content.length,
                sha256,
                content,
                actor.caller().name(),
                now);
        CaseDao dao = h.attach(CaseDao.class);
        dao.addActivity(
                row.id(),
                "ATTACHMENT_ADDED",
                actor.caller().name(),
                "Attached " + fileName + " (" + String.format("%,d", content.length) + " bytes).",
                now);
        dao.touch(row.id(), now);
        deps.audit()
                .record(
                        h,
                        actor,
                        "case.attachment",
                        "case",
                        number,
                        null,
                        Map.of("attachmentId", id, "fileName", fileName, "size", content.length, "sha256", sha256));
        return new CaseViews.Attachment(
                id,
                fileName,
                contentType,
                content.length,
                sha256,
                actor.caller().name(),
                now);
    }

    Download download(Caller caller, String number, long id) {
        if (!CaseNumbers.looksLikeNumber(number)) {
            throw notFound();
        }
        return deps.jdbi().withHandle(h -> {
            CaseRow row = h.attach(CaseDao.class)
                    .find(number)
                    .filter(r -> CaseAccess.canDownload(caller, r))
                    .orElseThrow(AttachmentService::notFound);
            AttachmentDao.Stored file =
                    h.attach(AttachmentDao.class).find(row.id(), id).orElseThrow(AttachmentService::notFound);
            return new Download(file.fileName(), file.contentType(), file.content());
        });
    }

    private static byte[] readAtMost(InputStream in, long limit) {
        try (in) {
            return in.readNBytes((int) limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApiException notFound() {
        return ApiException.notFound("There is no such attachment, or it is not yours to see.");
    }
}

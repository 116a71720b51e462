package org.examdesk.admin.cases.attachments;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.examdesk.admin.cases.CaseViews;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Case attachments: the bytes live in the database beside their SHA-256. */
@RegisterConstructorMapper(CaseViews.Attachment.class)
@RegisterConstructorMapper(AttachmentDao.Stored.class)
public interface AttachmentDao {
    record Stored(long caseId, String fileName, String contentType, byte[] content) {}

    @SqlUpdate(
            """
            insert into case_attachments (case_id, file_name, content_type, size_bytes, sha256, content, uploaded_by,
                                          created_at)
            values (:caseId, :fileName, :contentType, :size, :sha256, :content, :uploadedBy, :at)""")
    @GetGeneratedKeys("id")
    long insert(
            @Bind("caseId") long caseId,
            @Bind("fileName") String fileName,
            @Bind("contentType") String contentType,
            @Bind("size") long size,
            @Bind("sha256") String sha256,
            @Bind("content") byte[] content,
            @Bind("uploadedBy") String uploadedBy,
            @Bind("at") Instant at);

    @SqlQuery(
            """
            select id, file_name, content_type, size_bytes as size, sha256, uploaded_by, created_at as at
              from case_attachments where case_id = :caseId order by id""")
    List<CaseViews.Attachment> list(@Bind("caseId") long caseId);

    @SqlQuery(
            "select case_id, file_name, content_type, content from case_attachments where id = :id and case_id = :caseId")
    Optional<Stored> find(@Bind("caseId") long caseId, @Bind("id") long id);
}

package org.examdesk.admin.imports;

import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The student_imports table: one row per import, with its rejected rows as CSV. */
public interface ImportDao {
    /** A stored import's centre and rejected rows. */
    record Stored(long centreId, String rejectedCsv) {}

    @SqlUpdate(
            """
            insert into student_imports (id, centre_id, user_id, file_name, accepted, rejected, rejected_csv)
            values (:id, :centre, :user, :file, :accepted, :rejected, :csv)""")
    void insert(
            @Bind("id") UUID id,
            @Bind("centre") long centreId,
            @Bind("user") long userId,
            @Bind("file") String fileName,
            @Bind("accepted") int accepted,
            @Bind("rejected") int rejected,
            @Bind("csv") String rejectedCsv);

    @SqlQuery("select centre_id, rejected_csv from student_imports where id = :id")
    @RegisterConstructorMapper(Stored.class)
    Optional<Stored> find(@Bind("id") UUID id);

    /** The centre of an import, the id given as text (the audit history's target id). */
    @SqlQuery("select centre_id from student_imports where id = cast(:id as uuid)")
    Optional<Long> centreOf(@Bind("id") String id);
}

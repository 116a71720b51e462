package org.examdesk.admin.students;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The student_codes table: activation codes, by their hash. */
interface StudentCodeDao {
    /** Voids the student's unused codes. */
    @SqlUpdate("update student_codes set used_at = :now where student_id = :id and used_at is null")
    void voidUnused(@Bind("id") long studentId, @Bind("now") Instant now);

    @SqlUpdate("insert into student_codes (code_hash, student_id, purpose, expires_at) "
            + "values (:hash, :id, 'ACTIVATION', :expires)")
    void insert(@Bind("hash") byte[] hash, @Bind("id") long studentId, @Bind("expires") Instant expires);

    @SqlQuery("select student_id from student_codes where code_hash = :hash and used_at is null "
            + "and expires_at > :now")
    Optional<Long> liveOwner(@Bind("hash") byte[] hash, @Bind("now") Instant now);

    @SqlUpdate("update student_codes set used_at = :now where code_hash = :hash")
    void spend(@Bind("hash") byte[] hash, @Bind("now") Instant now);
}

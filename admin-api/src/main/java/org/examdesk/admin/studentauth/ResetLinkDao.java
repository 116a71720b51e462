package org.examdesk.admin.studentauth;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The student_password_resets table: the emailed forgotten-password links, by the hash of their token. */
interface ResetLinkDao {
    /** Spends every unspent link of the student (a newer one replaces them, or the password was set). */
    @SqlUpdate("update student_password_resets set spent_at = :now where student_id = :id and spent_at is null")
    int spendAll(@Bind("id") long studentId, @Bind("now") Instant now);

    @SqlUpdate("insert into student_password_resets (token_hash, student_id, created_at, expires_at) "
            + "values (:hash, :id, :now, :expires)")
    void insert(
            @Bind("hash") byte[] hash,
            @Bind("id") long studentId,
            @Bind("now") Instant now,
            @Bind("expires") Instant expires);

    /** The student a live (unspent, unexpired) link belongs to, the link held until the transaction ends. */
    @SqlQuery("select student_id from student_password_resets where token_hash = :hash and spent_at is null "
            + "and expires_at > :now for update")
    Optional<Long> liveOwner(@Bind("hash") byte[] hash, @Bind("now") Instant now);
}

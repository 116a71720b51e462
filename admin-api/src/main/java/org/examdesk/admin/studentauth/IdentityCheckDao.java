package org.examdesk.admin.studentauth;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The per-email failure count and lock of the identity check. */
interface IdentityCheckDao {
    @SqlUpdate("insert into student_identity_checks (email_key) values (:key) on conflict do nothing")
    void ensure(@Bind("key") String key);

    /** The lock of this email key (none when it is not locked), the row held until the transaction ends. */
    @SqlQuery("select locked_until from student_identity_checks where email_key = :key for update")
    Optional<Instant> lockedUntil(@Bind("key") String key);

    @SqlUpdate("update student_identity_checks set failures = 0, locked_until = null where email_key = :key")
    void clear(@Bind("key") String key);

    /** Counts a failure; the third locks the check until {@code until} and starts the count again. */
    @SqlUpdate(
            """
            update student_identity_checks
               set failures = case when failures + 1 >= 3 then 0 else failures + 1 end,
                   locked_until = case when failures + 1 >= 3 then :until else locked_until end
             where email_key = :key""")
    void recordFailure(@Bind("key") String key, @Bind("until") Instant until);
}

package org.examdesk.admin.cases.sweep;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** What the periodic sweep takes and marks; each row is taken with {@code for update skip locked}. */
interface CaseSweepDao {
    /** An open case whose response target passed. */
    record Missed(long id, String number) {}

    @SqlQuery(
            """
            select number from cases where support_option = 'CALL' and call_logged_at is null
               and status in ('NEW', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER') and created_at <= :cutoff
             order by id limit :batch for update skip locked""")
    List<String> takeSilentCallCases(@Bind("cutoff") Instant cutoff, @Bind("batch") int batch);

    @SqlQuery(
            """
            select id, number from cases where target_missed_at is null and first_response_at is null
               and status in ('NEW', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER') and due_at < :now
             order by due_at limit :batch for update skip locked""")
    @RegisterConstructorMapper(Missed.class)
    List<Missed> takeMissedTargets(@Bind("now") Instant now, @Bind("batch") int batch);

    @SqlUpdate("update cases set target_missed_at = :now where id = :id")
    void markTargetMissed(@Bind("id") long id, @Bind("now") Instant now);
}

package org.examdesk.admin.accounts;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The sign_in_failures table: wrong attempts per door, account name and client address. */
interface SignInFailureDao {
    /** How many wrong attempts in a row, and when the latest was. */
    record Failures(int failures, Instant lastFailedAt) {}

    @SqlQuery("select failures, last_failed_at from sign_in_failures"
            + " where door = :door and subject = :subject and client = :client")
    @RegisterConstructorMapper(Failures.class)
    Optional<Failures> find(@Bind("door") String door, @Bind("subject") String subject, @Bind("client") String client);

    /** Counts one more wrong attempt; a row quiet for longer than {@code forgetBefore} starts again from one. */
    @SqlUpdate(
            """
            insert into sign_in_failures (door, subject, client, failures, last_failed_at)
            values (:door, :subject, :client, 1, :now)
            on conflict (door, subject, client) do update
               set failures = case when sign_in_failures.last_failed_at < :forgetBefore then 1
                                   else sign_in_failures.failures + 1 end,
                   last_failed_at = :now
            """)
    void record(
            @Bind("door") String door,
            @Bind("subject") String subject,
            @Bind("client") String client,
            @Bind("now") Instant now,
            @Bind("forgetBefore") Instant forgetBefore);

    @SqlUpdate("delete from sign_in_failures where door = :door and subject = :subject and client = :client")
    void clear(@Bind("door") String door, @Bind("subject") String subject, @Bind("client") String client);
}

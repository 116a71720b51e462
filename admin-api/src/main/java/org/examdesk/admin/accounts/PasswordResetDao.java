package org.examdesk.admin.accounts;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The account_password_resets table: one emailed link per request, stored by the hash of its token. */
interface PasswordResetDao {
    /** A stored link: whose it is, until when it works, when it was used and when a newer one replaced it. */
    record Link(long userId, Instant expiresAt, Instant usedAt, Instant supersededAt) {}

    /** Retires the user's links still open: only the newest request's link works. */
    @SqlUpdate(
            """
            update account_password_resets set superseded_at = :now
             where user_id = :u and used_at is null and superseded_at is null""")
    int supersede(@Bind("u") long userId, @Bind("now") Instant now);

    @SqlUpdate("insert into account_password_resets (token_hash, user_id, expires_at) values (:h, :u, :e)")
    void insert(@Bind("h") byte[] tokenHash, @Bind("u") long userId, @Bind("e") Instant expiresAt);

    /** The link, held until the transaction ends so it is used once. */
    @SqlQuery(
            """
            select user_id, expires_at, used_at, superseded_at from account_password_resets
             where token_hash = :h for update""")
    @RegisterConstructorMapper(Link.class)
    Optional<Link> lock(@Bind("h") byte[] tokenHash);

    @SqlUpdate("update account_password_resets set used_at = :now where token_hash = :h")
    void markUsed(@Bind("h") byte[] tokenHash, @Bind("now") Instant now);
}

package org.examdesk.admin.accounts;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The email_verifications table: one emailed link per sign-up, stored by the hash of its token. */
interface EmailVerificationDao {
    /** A stored link: whose it is, until when it works, and when it was used (null: not yet). */
    record Link(long userId, Instant expiresAt, Instant usedAt) {}

    @SqlUpdate("insert into email_verifications (token_hash, user_id, expires_at) values (:h, :u, :e)")
    void insert(@Bind("h") byte[] tokenHash, @Bind("u") long userId, @Bind("e") Instant expiresAt);

    /** The link, held until the transaction ends so it is used once. */
    @SqlQuery("select user_id, expires_at, used_at from email_verifications where token_hash = :h for update")
    @RegisterConstructorMapper(Link.class)
    Optional<Link> lock(@Bind("h") byte[] tokenHash);

    /** When the user's latest link stops working (empty when none was ever sent). */
    @SqlQuery("select max(expires_at) from email_verifications where user_id = :u")
    Optional<Instant> latestExpiry(@Bind("u") long userId);

    @SqlUpdate("update email_verifications set used_at = :now where token_hash = :h")
    void markUsed(@Bind("h") byte[] tokenHash, @Bind("now") Instant now);
}

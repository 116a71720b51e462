package org.examdesk.admin.accounts;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(SessionDao.SessionRow.class)
public interface SessionDao {
    record SessionRow(String principalType, long principalId) {}

    @SqlUpdate("insert into sessions (token_hash, principal_type, principal_id, expires_at) "
            + "values (:hash, :type, :principalId, :expiresAt)")
    void insert(
            @Bind("hash") byte[] hash,
            @Bind("type") String type,
            @Bind("principalId") long principalId,
            @Bind("expiresAt") Instant expiresAt);

    @SqlQuery("select principal_type, principal_id from sessions "
            + "where token_hash = :hash and revoked_at is null and expires_at > :now")
    Optional<SessionRow> findLive(@Bind("hash") byte[] hash, @Bind("now") Instant now);

    @SqlUpdate("update sessions set revoked_at = :now where token_hash = :hash and revoked_at is null")
    int revoke(@Bind("hash") byte[] hash, @Bind("now") Instant now);

    /** Ends every live session of one principal (a password reset): answers how many. */
    @SqlUpdate("update sessions set revoked_at = :now "
            + "where principal_type = :type and principal_id = :id and revoked_at is null and expires_at > :now")
    int revokeAll(@Bind("type") String type, @Bind("id") long principalId, @Bind("now") Instant now);

    @SqlUpdate("insert into service_tokens (name, token_hash) values (:name, :hash)")
    void insertServiceToken(@Bind("name") String name, @Bind("hash") byte[] hash);

    @SqlQuery("select name from service_tokens where token_hash = :hash and revoked_at is null")
    Optional<String> findServiceToken(@Bind("hash") byte[] hash);
}

package org.examdesk.admin.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(StaffRow.class)
public interface StaffDao {
    String SELECT = """
            select u.id, u.username, u.email, u.first_name, u.last_name, u.password_hash, u.failed_logins,
                   u.locked_until, c.id as centre_id, c.number as centre_number, c.name as centre_name
              from users u left join centres c on c.id = u.centre_id
            """;

    @SqlQuery(SELECT + " where lower(u.username) = lower(:username)")
    Optional<StaffRow> findByUsername(@Bind("username") String username);

    @SqlQuery(SELECT + " where u.id = :id")
    Optional<StaffRow> findById(@Bind("id") long id);

    @SqlQuery(SELECT + " join slack_links l on l.user_id = u.id where l.team_id = :team and l.slack_user_id = :user")
    Optional<StaffRow> findBySlackUser(@Bind("team") String teamId, @Bind("user") String slackUserId);

    @SqlQuery("select role from user_roles where user_id = :id order by role")
    List<Role> roles(@Bind("id") long id);

    @SqlUpdate("update users set failed_logins = failed_logins + 1, "
            + "locked_until = case when failed_logins + 1 >= :limit then :lockUntil else locked_until end where id = :id")
    void recordFailedLogin(@Bind("id") long id, @Bind("limit") int limit, @Bind("lockUntil") Instant lockUntil);

    @SqlUpdate("update users set failed_logins = 0, locked_until = null where id = :id")
    void recordSuccessfulLogin(@Bind("id") long id);

    @SqlUpdate("""
            insert into users (username, email, first_name, last_name, password_hash, centre_id, email_verified)
            values (:username, :email, :firstName, :lastName, :passwordHash, :centreId, true)
            """)
    @GetGeneratedKeys("id")
    long insert(@Bind("username") String username, @Bind("email") String email, @Bind("firstName") String firstName,
                @Bind("lastName") String lastName, @Bind("passwordHash") String passwordHash,
                @Bind("centreId") Long centreId);

    @SqlUpdate("insert into user_roles (user_id, role) values (:userId, :role)")
    void grant(@Bind("userId") long userId, @Bind("role") Role role);
}

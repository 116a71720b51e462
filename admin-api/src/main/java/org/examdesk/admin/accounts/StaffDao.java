package org.examdesk.admin.accounts;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(StaffRow.class)
public interface StaffDao {
    String SELECT =
            """
            select u.id, u.username, u.email, u.first_name, u.last_name, u.password_hash, u.failed_logins,
                   u.locked_until, c.id as centre_id, c.number as centre_number, c.name as centre_name
              from users u left join centres c on c.id = u.centre_id
            """;

    @SqlQuery(SELECT + " where lower(u.username) = lower(:username)")
    Optional<StaffRow> findByUsername(@Bind("username") String username);

    @SqlQuery(SELECT + " where u.id = :id")
    Optional<StaffRow> findById(@Bind("id") long id);

    @SqlQuery("select id from users where lower(email) = lower(:email) and email_verified")
    List<Long> verifiedWithEmail(@Bind("email") String email);

    @SqlQuery("select first_name || ' ' || last_name from users where id = :id")
    String fullName(@Bind("id") long id);

    /** A user's id and full name. */
    record Name(long id, String name) {}

    @SqlQuery("select id, first_name || ' ' || last_name as name from users where id = any(:ids)")
    @RegisterConstructorMapper(Name.class)
    List<Name> fullNames(@Bind("ids") long[] ids);

    @SqlQuery("select email_verified from users where id = :id")
    boolean isEmailVerified(@Bind("id") long id);

    @SqlQuery("select role from user_roles where user_id = :id order by role")
    List<Role> roles(@Bind("id") long id);

    @SqlUpdate(
            """
            insert into users (username, email, first_name, last_name, password_hash, centre_id, email_verified)
            values (:username, :email, :firstName, :lastName, :passwordHash, :centreId, true)
            """)
    @GetGeneratedKeys("id")
    long insert(
            @Bind("username") String username,
            @Bind("email") String email,
            @Bind("firstName") String firstName,
            @Bind("lastName") String lastName,
            @Bind("passwordHash") String passwordHash,
            @Bind("centreId") Long centreId);

    /** A signed-up account: no role or centre, its email not verified yet. */
    @SqlUpdate(
            """
            insert into users (username, email, first_name, last_name, country, password_hash)
            values (:username, :email, :first, :last, :country, :hash)""")
    @GetGeneratedKeys("id")
    long insertSignedUp(
            @Bind("username") String username,
            @Bind("email") String email,
            @Bind("first") String firstName,
            @Bind("last") String lastName,
            @Bind("country") String country,
            @Bind("hash") String passwordHash);

    /** Gives an abandoned sign-up (never verified, its link expired) to the person signing up again. */
    @SqlUpdate(
            """
            update users set email = :email, first_name = :first, last_name = :last, country = :country,
                   password_hash = :hash
             where id = :id and not email_verified""")
    int replaceSignedUp(
            @Bind("id") long id,
            @Bind("email") String email,
            @Bind("first") String firstName,
            @Bind("last") String lastName,
            @Bind("country") String country,
            @Bind("hash") String passwordHash);

    @SqlUpdate("update users set email_verified = true where id = :id")
    void markEmailVerified(@Bind("id") long id);

    /** The verified accounts whose username, or email address, is {@code login} (ignoring case), by id. */
    @SqlQuery(
            SELECT + " where u.email_verified and (lower(u.username) = lower(:login) or lower(u.email) = lower(:login))"
                    + " order by u.id limit 20")
    List<StaffRow> verifiedMatching(@Bind("login") String login);

    /** A new password (a forgotten one reset): the old lock-out counters start again. */
    @SqlUpdate("update users set password_hash = :hash, failed_logins = 0, locked_until = null where id = :id")
    void setPassword(@Bind("id") long id, @Bind("hash") String passwordHash);

    /** A user's name, email, country and centre, for the contact details of a case. */
    record Contact(String name, String email, String country, String institution) {}

    @SqlQuery("select u.first_name || ' ' || u.last_name as name, u.email, u.country, c.name as institution "
            + "from users u left join centres c on c.id = u.centre_id where u.id = :id")
    @RegisterConstructorMapper(Contact.class)
    Optional<Contact> contact(@Bind("id") long id);

    /** The ids of the users with any of these roles, in id order (for demo data). */
    @SqlQuery("select u.id from users u join user_roles r on r.user_id = u.id where r.role in (<roles>) order by u.id")
    List<Long> idsWithRoles(@BindList("roles") List<String> roles);

    /** The first user with a role at a centre, by id (for demo data). */
    @SqlQuery("select u.id from users u join user_roles r on r.user_id = u.id "
            + "where u.centre_id = :centre and r.role = :role order by u.id limit 1")
    Optional<Long> firstWithRoleAt(@Bind("centre") long centreId, @Bind("role") Role role);

    /** The first user with a role, by id (for demo data). */
    @SqlQuery("select user_id from user_roles where role = :role order by user_id limit 1")
    Optional<Long> firstWithRole(@Bind("role") String role);

    @SqlUpdate("insert into user_roles (user_id, role) values (:userId, :role)")
    void grant(@Bind("userId") long userId, @Bind("role") Role role);
}

package org.examdesk.admin.students;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * One statement per method for a single student account. Searching lives in {@link StudentSearch}. A student's
 * centre number and name come from {@code centre_refs}, the read-only view of centres the accounts feature publishes.
 */
@RegisterConstructorMapper(StudentRow.class)
public interface StudentDao {
    String SELECT =
            """
            select s.id, s.centre_id, c.number as centre_number, c.name as centre_name, s.forename, s.surname,
                   s.uci, s.email, s.date_of_birth, s.school_year, s.status, s.mock_permission,
                   s.high_stakes_permission, s.activation_failures, s.login_failures, s.reset_failures,
                   s.password_hash, s.created_at, s.created_by
              from students s join centre_refs c on c.id = s.centre_id
            """;

    @SqlQuery(SELECT + " where s.id = :id")
    Optional<StudentRow> find(@Bind("id") long id);

    /** The students with these ids, in no particular order. */
    @SqlQuery(SELECT + " where s.id = any(:ids)")
    List<StudentRow> findAll(@Bind("ids") long[] ids);

    /** The same row, locked until the end of the transaction so concurrent changes queue up. */
    @SqlQuery(SELECT + " where s.id = :id for update of s")
    Optional<StudentRow> lock(@Bind("id") long id);

    /** The account for an email address; when several share it, an active one first, then the newest. */
    @SqlQuery(SELECT + " where lower(s.email) = lower(:email) order by (s.status = 'ACTIVE') desc, s.id desc limit 1")
    Optional<StudentRow> findByEmail(@Bind("email") String email);

    @SqlUpdate("update students set email = :email where id = :id")
    void updateEmail(@Bind("id") long id, @Bind("email") String email);

    @SqlUpdate("update students set status = :status where id = :id")
    void updateStatus(@Bind("id") long id, @Bind("status") StudentStatus status);

    /** Back to the start: not activated, every failure counter at zero, no password. */
    @SqlUpdate("update students set status = 'NOT_ACTIVATED', activation_failures = 0, login_failures = 0, "
            + "reset_failures = 0, password_hash = null where id = :id")
    void resetToNotActivated(@Bind("id") long id);

    @SqlUpdate("update students set mock_permission = :mock, high_stakes_permission = :highStakes where id = :id")
    void updatePermissions(@Bind("id") long id, @Bind("mock") boolean mock, @Bind("highStakes") boolean highStakes);

    /** Counts a failed activation; the third locks the account (FAILED_ACTIVATION). Returns the new count. */
    @SqlQuery("update students set activation_failures = activation_failures + 1, status = case when "
            + "activation_failures + 1 >= :limit then 'FAILED_ACTIVATION' else status end where id = :id "
            + "returning activation_failures")
    int recordActivationFailure(@Bind("id") long id, @Bind("limit") int limit);

    /** Counts a wrong password; the third locks the account (FORGOTTEN_PASSWORD). Returns the new count. */
    @SqlQuery("update students set login_failures = login_failures + 1, status = case when "
            + "login_failures + 1 >= :limit then 'FORGOTTEN_PASSWORD' else status end where id = :id "
            + "returning login_failures")
    int recordLoginFailure(@Bind("id") long id, @Bind("limit") int limit);

    /** Counts a failed forgotten-password attempt; the third locks the account (LOCKED). Returns the new count. */
    @SqlQuery("update students set reset_failures = reset_failures + 1, status = case when "
            + "reset_failures + 1 >= :limit then 'LOCKED' else status end where id = :id returning reset_failures")
    int recordResetFailure(@Bind("id") long id, @Bind("limit") int limit);

    /** Active with a new password and every failure counter at zero. */
    @SqlUpdate("update students set status = 'ACTIVE', password_hash = :hash, activation_failures = 0, "
            + "login_failures = 0, reset_failures = 0 where id = :id")
    void activate(@Bind("id") long id, @Bind("hash") String passwordHash);

    @SqlUpdate("update students set login_failures = 0 where id = :id")
    void clearLoginFailures(@Bind("id") long id);

    @SqlQuery(SELECT + " where lower(s.email) = lower(:email) and s.uci = :uci")
    List<StudentRow> findByEmailAndUci(@Bind("email") String email, @Bind("uci") String uci);

    /** The centre of a student, the id given as text (the audit history's target id). */
    @SqlQuery("select centre_id from students where id = cast(:id as bigint)")
    Optional<Long> centreOf(@Bind("id") String id);

    /** A student's name, email and school, for the contact details of a case. */
    record Contact(String name, String email, String institution) {}

    @SqlQuery("select s.forename || ' ' || s.surname as name, s.email, c.name as institution "
            + "from students s left join centre_refs c on c.id = s.centre_id where s.id = :id")
    @RegisterConstructorMapper(Contact.class)
    Optional<Contact> contact(@Bind("id") long id);

    /** The first {@code limit} student ids (for demo data). */
    @SqlQuery("select id from students order by id limit :limit")
    List<Long> firstIds(@Bind("limit") int limit);

    /** Which of these UCIs already have an account at the centre. */
    @SqlQuery("select uci from students where centre_id = :centre and uci = any(cast(:ucis as char(13)[]))")
    List<String> existingUcis(@Bind("centre") long centreId, @Bind("ucis") String[] ucis);

    /** Which of these (lower-case) email addresses an account already has, lower-cased. */
    @SqlQuery("select lower(email) from students where lower(email) = any(:emails)")
    List<String> existingEmails(@Bind("emails") String[] emails);

    /** {@code n} new student ids, for rows copied in with their id. */
    @SqlQuery("select nextval('students_id_seq') from generate_series(1, :n)")
    List<Long> nextIds(@Bind("n") int n);

    @SqlQuery("select nextval('students_id_seq')")
    long nextId();

    /** Accounts made by the verification-code export: not activated, no email; one row per position of the lists. */
    @SqlBatch(
            """
            insert into students (id, centre_id, forename, surname, uci, email, date_of_birth, status, created_by,
                                  created_by_user_id)
            values (:id, :centre, :forename, :surname, :uci, null, :dob, 'NOT_ACTIVATED', 'export', :user)""")
    void insertExported(
            @Bind("id") List<Long> ids,
            @Bind("forename") List<String> forenames,
            @Bind("surname") List<String> surnames,
            @Bind("uci") List<String> ucis,
            @Bind("dob") List<LocalDate> datesOfBirth,
            @Bind("centre") long centreId,
            @Bind("user") long userId);

    /** A demo student, with the failure counters that go with its status (for demo data). */
    record Seeded(
            long centre,
            String forename,
            String surname,
            String uci,
            String email,
            LocalDate dob,
            int year,
            String status,
            boolean mock,
            boolean high,
            int af,
            int lf,
            int rf,
            OffsetDateTime created,
            String createdBy) {}

    @SqlBatch(
            """
            insert into students (centre_id, forename, surname, uci, email, date_of_birth, school_year, status,
                                  mock_permission, high_stakes_permission, activation_failures, login_failures,
                                  reset_failures, created_at, created_by)
            values (:centre, :forename, :surname, :uci, :email, :dob, :year, :status, :mock, :high, :af, :lf, :rf,
                    :created, :createdBy)""")
    void insertSeeded(@BindMethods List<Seeded> students);

    @SqlQuery("select date_of_birth from exam_entries where centre_id = :centreId and uci = :uci "
            + "order by series desc limit 1")
    Optional<LocalDate> enteredDateOfBirth(@Bind("centreId") long centreId, @Bind("uci") String uci);
}

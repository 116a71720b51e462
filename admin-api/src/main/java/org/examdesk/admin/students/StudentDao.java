package org.examdesk.admin.students;

import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** One statement per method for a single student account. Searching lives in {@link StudentSearch}. */
@RegisterConstructorMapper(StudentRow.class)
public interface StudentDao {
    String SELECT = """
            select s.id, s.centre_id, c.number as centre_number, c.name as centre_name, s.forename, s.surname,
                   s.uci, s.email, s.date_of_birth, s.school_year, s.status, s.mock_permission,
                   s.high_stakes_permission, s.activation_failures, s.login_failures, s.reset_failures,
                   s.password_hash, s.created_at, s.created_by
              from students s join centres c on c.id = s.centre_id
            """;

    @SqlQuery(SELECT + " where s.id = :id")
    Optional<StudentRow> find(@Bind("id") long id);

    /** The same row, locked until the end of the transaction so concurrent changes queue up. */
    @SqlQuery(SELECT + " where s.id = :id for update of s")
    Optional<StudentRow> lock(@Bind("id") long id);

    @SqlQuery(SELECT + " where lower(s.email) = lower(:email) order by s.id limit 1")
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

    @SqlQuery("select date_of_birth from exam_entries where centre_id = :centreId and uci = :uci "
            + "order by series desc limit 1")
    Optional<LocalDate> enteredDateOfBirth(@Bind("centreId") long centreId, @Bind("uci") String uci);
}

package org.examdesk.admin.accounts;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The centres table, which the accounts feature owns: what other features may read of a centre. */
@RegisterConstructorMapper(CentreDao.Centre.class)
public interface CentreDao {
    /** A centre, with its parent's id and name when it is an associate of another centre. */
    record Centre(long id, String number, String name, Long parentId, String parentName) {}

    /** Whether the centre allows its student email addresses to be shared (required to import students). */
    @SqlQuery("select shares_student_emails from centres where id = :id")
    boolean sharesStudentEmails(@Bind("id") long centreId);

    @SqlQuery(
            """
            select c.id, c.number, c.name, c.parent_id, p.name as parent_name
              from centres c left join centres p on p.id = c.parent_id
             where c.id = :id""")
    Optional<Centre> find(@Bind("id") long id);

    /** The associates of a centre, by number. */
    @SqlQuery(
            """
            select c.id, c.number, c.name, c.parent_id, p.name as parent_name
              from centres c join centres p on p.id = c.parent_id
             where c.parent_id = :parent order by c.number""")
    List<Centre> associates(@Bind("parent") long parentId);

    @SqlQuery("select id from centres where number = :n")
    Optional<Long> idOf(@Bind("n") String number);

    /** How many centres there are (none: the database is new, and the demo data may be created). */
    @SqlQuery("select count(*) from centres")
    long count();

    /** A new centre (for demo data). */
    @SqlUpdate("insert into centres (number, name, parent_id) values (:n, :name, :parent)")
    @GetGeneratedKeys("id")
    long insert(@Bind("n") String number, @Bind("name") String name, @Bind("parent") Long parentId);
}

package org.examdesk.admin.accounts;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The centres table: what other features may read of a centre. */
public interface CentreDao {
    /** Whether the centre allows its student email addresses to be shared (required to import students). */
    @SqlQuery("select shares_student_emails from centres where id = :id")
    boolean sharesStudentEmails(@Bind("id") long centreId);
}

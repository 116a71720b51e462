package org.examdesk.admin.learners.groups;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The lock that makes submissions at one centre take turns, until the end of the transaction. */
interface SubmissionDao {
    @SqlQuery("select 1 from pg_advisory_xact_lock(7301, cast(:centre as integer))")
    int lockCentre(@Bind("centre") long centreId);
}

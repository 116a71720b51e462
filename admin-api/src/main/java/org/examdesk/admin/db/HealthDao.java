package org.examdesk.admin.db;

import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The health probe's one statement. */
interface HealthDao {
    @SqlQuery("select 1")
    int ping();
}

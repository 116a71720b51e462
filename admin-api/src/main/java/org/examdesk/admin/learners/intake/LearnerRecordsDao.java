package org.examdesk.admin.learners.intake;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The local reference table of the Learner Records Service. */
interface LearnerRecordsDao {
    @SqlQuery("select trim(uln) as uln, given_name, family_name, date_of_birth from lrs_learners "
            + "where uln = any(cast(:ulns as bpchar[]))")
    @RegisterConstructorMapper(LearnerRecords.Held.class)
    List<LearnerRecords.Held> find(@Bind("ulns") String[] ulns);
}

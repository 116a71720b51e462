package org.examdesk.admin.learners.intake;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** What new learners are checked against at their centre, and the ids and learner ids they are created with. */
interface IntakeDao {
    /** A learner already at the centre. */
    record Existing(
            long id, String learnerRef, String givenName, String familyName, LocalDate dateOfBirth, String uln) {}

    @SqlQuery("select id, learner_ref, given_name, family_name, date_of_birth, trim(uln) as uln from learners "
            + "where centre_id = :centre and (uln = any(cast(:ulns as bpchar[])) "
            + "or date_of_birth = any(cast(:dobs as date[])))")
    @RegisterConstructorMapper(Existing.class)
    List<Existing> existing(@Bind("centre") long centreId, @Bind("ulns") String[] ulns, @Bind("dobs") String[] dobs);

    @SqlQuery("select nextval('learners_id_seq') from generate_series(1, :n)")
    List<Long> nextIds(@Bind("n") int count);

    @SqlQuery("select 'L' || nextval('learner_ref_seq') from generate_series(1, :n)")
    List<String> nextRefs(@Bind("n") int count);
}

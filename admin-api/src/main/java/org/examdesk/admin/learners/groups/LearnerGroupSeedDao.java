package org.examdesk.admin.learners.groups;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.examdesk.admin.learners.intake.LearnerRecords;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The writes of the learner-group demo data (the demo package seeds through it): the Learner Records Service's
 * reference rows and the waiting group.
 */
public interface LearnerGroupSeedDao {
    /** Every demo learner with a ULN, as the Learner Records Service holds them. */
    @SqlUpdate("insert into lrs_learners (uln, given_name, family_name, date_of_birth) "
            + "select distinct on (uln) uln, given_name, family_name, date_of_birth from learners where uln is not null "
            + "order by uln, id on conflict do nothing")
    void recordLearners();

    @SqlUpdate("insert into lrs_learners (uln, given_name, family_name, date_of_birth) "
            + "values (:uln, :given, :family, :dob)")
    void insertRecord(
            @Bind("uln") String uln,
            @Bind("given") String givenName,
            @Bind("family") String familyName,
            @Bind("dob") LocalDate dateOfBirth);

    @SqlQuery("select trim(uln) as uln, given_name, family_name, date_of_birth from lrs_learners "
            + "where uln = any(cast(:ulns as bpchar[]))")
    @RegisterConstructorMapper(LearnerRecords.Held.class)
    List<LearnerRecords.Held> records(@Bind("ulns") String[] ulns);

    /** The date of birth of a demo learner at a centre, by name. */
    @SqlQuery("select date_of_birth from learners where centre_id = :centre and given_name = :given "
            + "and family_name = :family order by id limit 1")
    LocalDate dateOfBirth(@Bind("centre") long centreId, @Bind("given") String given, @Bind("family") String family);

    @SqlQuery("insert into learner_groups (centre_id, owner_id, name, file_name, state, created_at, updated_at) "
            + "values (:centre, :owner, :name, :file, 'VALIDATING', :at, :at) returning id")
    long insertGroup(
            @Bind("centre") long centreId,
            @Bind("owner") long ownerId,
            @Bind("name") String name,
            @Bind("file") String fileName,
            @Bind("at") Instant at);

    /** A record of the demo group, its cells as a file would give them. */
    public record Row(
            long groupId, int n, String givenName, String familyName, String dateOfBirth, String gender, String uln) {}

    @SqlBatch("insert into learner_group_records (group_id, n, given_name, family_name, date_of_birth, gender, uln) "
            + "values (:groupId, :n, :givenName, :familyName, :dateOfBirth, :gender, :uln)")
    void insertRecords(@BindMethods List<Row> rows);

    /** A group already submitted, whose learners exist (the demo's Year 13 BTEC Sport group). */
    @SqlQuery("insert into learner_groups (centre_id, owner_id, name, file_name, state, checked, created_at, "
            + "updated_at, submitted_at, submitted_by) values (:centre, :owner, :name, :file, 'SUBMITTED', :records, "
            + ":at, :at, :at, :owner) returning id")
    long insertSubmittedGroup(
            @Bind("centre") long centreId,
            @Bind("owner") long ownerId,
            @Bind("name") String name,
            @Bind("file") String fileName,
            @Bind("records") int records,
            @Bind("at") Instant at);

    @SqlUpdate("update learner_group_records set valid = true where group_id = :group")
    void markValid(@Bind("group") long groupId);
}

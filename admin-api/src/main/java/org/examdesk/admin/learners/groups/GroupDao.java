package org.examdesk.admin.learners.groups;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.examdesk.admin.accounts.StaffDao;
import org.examdesk.admin.learners.intake.NewLearner;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Learner groups and their records: one statement per method. A group's owner is a staff account, whose name the
 * accounts feature gives ({@link StaffDao}); the group queries leave it to {@link #withOwner}.
 */
@RegisterConstructorMapper(GroupRow.class)
@RegisterConstructorMapper(RecordRow.class)
interface GroupDao extends SqlObject {
    String GROUP =
            """
            select g.id, g.centre_id, c.number as centre_number, c.name as centre_name, g.owner_id,
                   cast(null as text) as owner_name, g.name, g.file_name, g.state, g.checked,
                   g.message, g.created_at, g.updated_at, g.submitted_at, k.records, k.valid, k.invalid
              from learner_groups g
              join centre_refs c on c.id = g.centre_id
              cross join lateral (select count(*) as records, count(*) filter (where r.valid) as valid,
                                         count(*) filter (where not r.valid) as invalid
                                    from learner_group_records r where r.group_id = g.id) k
            """;
    String RECORD =
            """
            select r.n, r.given_name, r.family_name, r.date_of_birth, r.gender, r.uln, r.valid, r.reasons::text as reasons,
                   l.id as learner_id, l.learner_ref
              from learner_group_records r
              left join learners l on l.group_id = r.group_id and l.group_row = r.n
             where r.group_id = :group
            """;
    /** Records whose validity is as asked ({@code valid} null: every record). */
    String WHICH = " and (cast(:valid as boolean) is null or r.valid = cast(:valid as boolean))";

    @SqlQuery("select exists (select 1 from learner_groups where owner_id = :owner and lower(name) = lower(:name))")
    boolean ownerHas(@Bind("owner") long ownerId, @Bind("name") String name);

    /** Empty when the owner has a group of this name already (the unique index says so). */
    @SqlQuery("insert into learner_groups (centre_id, owner_id, name, file_name, state) "
            + "values (:centre, :owner, :name, :file, 'VALIDATING') on conflict do nothing returning id")
    Optional<Long> insert(
            @Bind("centre") long centreId,
            @Bind("owner") long ownerId,
            @Bind("name") String name,
            @Bind("file") String fileName);

    @SqlQuery(GROUP + " where g.id = :id")
    Optional<GroupRow> stored(@Bind("id") long id);

    default Optional<GroupRow> find(long id) {
        return stored(id).map(this::withOwner);
    }

    /** The group with its owner's name, from the accounts feature. */
    default GroupRow withOwner(GroupRow group) {
        return group.withOwnerName(getHandle().attach(StaffDao.class).fullName(group.ownerId()));
    }

    @SqlQuery("select id from learner_groups where id = :id for update")
    Optional<Long> lock(@Bind("id") long id);

    @SqlQuery(
            GROUP + " where (cast(:centre as bigint) is null or g.centre_id = :centre) "
                    + "and lower(g.name) like :pattern escape '!' order by g.created_at desc, g.id desc limit :limit offset :offset")
    List<GroupRow> storedPage(
            @Bind("centre") Long centreId,
            @Bind("pattern") String pattern,
            @Bind("limit") int limit,
            @Bind("offset") long offset);

    default List<GroupRow> list(Long centreId, String pattern, int limit, long offset) {
        return storedPage(centreId, pattern, limit, offset).stream()
                .map(this::withOwner)
                .toList();
    }

    @SqlQuery("select count(*) from learner_groups g where (cast(:centre as bigint) is null or g.centre_id = :centre) "
            + "and lower(g.name) like :pattern escape '!'")
    long count(@Bind("centre") Long centreId, @Bind("pattern") String pattern);

    @SqlUpdate(
            "update learner_groups set checked = :checked, updated_at = :now where id = :id and state = 'VALIDATING'")
    void progress(@Bind("id") long id, @Bind("checked") int checked, @Bind("now") Instant now);

    @SqlUpdate("update learner_groups set state = :state, message = :message, updated_at = :now where id = :id")
    void finish(
            @Bind("id") long id,
            @Bind("state") String state,
            @Bind("message") String message,
            @Bind("now") Instant now);

    /** A validation job that stopped reporting (its node stopped) is failed. */
    @SqlUpdate("update learner_groups set state = 'FAILED', message = :message, updated_at = :now "
            + "where id = :id and state = 'VALIDATING' and updated_at < :cutoff")
    int abandon(
            @Bind("id") long id,
            @Bind("cutoff") Instant cutoff,
            @Bind("message") String message,
            @Bind("now") Instant now);

    @SqlUpdate("update learner_groups set state = 'SUBMITTED', submitted_at = :now, submitted_by = :by, "
            + "message = :message, updated_at = :now where id = :id")
    void submitted(
            @Bind("id") long id, @Bind("by") long userId, @Bind("message") String message, @Bind("now") Instant now);

    @SqlQuery(RECORD + WHICH + " order by r.n limit :limit offset :offset")
    List<RecordRow> records(
            @Bind("group") long groupId,
            @Bind("valid") Boolean valid,
            @Bind("limit") int limit,
            @Bind("offset") long offset);

    @SqlQuery("select count(*) from learner_group_records r where r.group_id = :group" + WHICH)
    long countRecords(@Bind("group") long groupId, @Bind("valid") Boolean valid);

    @SqlQuery(RECORD + " order by r.n")
    List<RecordRow> allRecords(@Bind("group") long groupId);

    @SqlQuery(RECORD + " and r.n = :n")
    Optional<RecordRow> record(@Bind("group") long groupId, @Bind("n") int n);

    @SqlUpdate("update learner_group_records set given_name = :l.givenName, family_name = :l.familyName, "
            + "date_of_birth = :l.dateOfBirth, gender = :l.gender, uln = :l.uln where group_id = :group and n = :n")
    void amend(@Bind("group") long groupId, @Bind("n") int n, @BindMethods("l") NewLearner learner);

    @SqlUpdate("delete from learner_group_records where group_id = :group and n = :n")
    int remove(@Bind("group") long groupId, @Bind("n") int n);

    @SqlUpdate("delete from learner_group_records where group_id = :group and valid = false")
    int removeInvalid(@Bind("group") long groupId);

    /** Stores each record's check, from a JSON array of {n, valid, reasons}. */
    @SqlUpdate("update learner_group_records r set valid = v.valid, reasons = v.reasons "
            + "from jsonb_to_recordset(cast(:checks as jsonb)) as v(n integer, valid boolean, reasons jsonb) "
            + "where r.group_id = :group and r.n = v.n")
    void saveChecks(@Bind("group") long groupId, @Bind("checks") String checksJson);
}

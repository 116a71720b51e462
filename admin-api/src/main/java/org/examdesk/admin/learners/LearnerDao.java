package org.examdesk.admin.learners;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * One statement per method for learners, their registrations, results and amendment. Searches: {@link LearnerSearch}.
 * A learner's centre number and name come from {@code centre_refs}, the read-only view the accounts feature publishes.
 */
@RegisterConstructorMapper(LearnerRow.class)
public interface LearnerDao {
    String SELECT =
            """
            select l.id, l.learner_ref, l.centre_id, c.number as centre_number, c.name as centre_name, l.given_name,
                   l.family_name, l.date_of_birth, l.gender, l.uln, l.created_at
              from learners l join centre_refs c on c.id = l.centre_id
            """;

    @SqlQuery(SELECT + " where l.id = :id")
    Optional<LearnerRow> find(@Bind("id") long id);

    /** The same row, locked until the end of the transaction so concurrent amendments queue up. */
    @SqlQuery(SELECT + " where l.id = :id for update of l")
    Optional<LearnerRow> lock(@Bind("id") long id);

    /** The learners with these ids, in no particular order. */
    @SqlQuery(SELECT + " where l.id = any(:ids)")
    List<LearnerRow> findAll(@Bind("ids") long[] ids);

    /** One registration of a learner, with its product, as the learner's details show it. */
    record Registration(
            long id,
            String productReference,
            String productTitle,
            String productKind,
            long orderId,
            LocalDate courseStart,
            LocalDate courseEnd,
            int costPence,
            String status) {}

    @UseClasspathSqlLocator
    @SqlQuery
    @RegisterConstructorMapper(Registration.class)
    List<Registration> registrations(@Bind("learnerId") long learnerId);

    /** A unit outcome ({@code unitCode} set) or the overall result of a product ({@code unitCode} null). */
    record Result(
            String productReference,
            String productTitle,
            String unitCode,
            String unitTitle,
            String grade,
            LocalDate awardedAt) {}

    @UseClasspathSqlLocator
    @SqlQuery
    @RegisterConstructorMapper(Result.class)
    List<Result> results(@Bind("learnerId") long learnerId);

    /** The one amendment a centre has made to a learner, if any. */
    record Amendment(String field, String oldValue, String newValue, String madeBy, Instant madeAt) {}

    @SqlQuery("select field, old_value, new_value, made_by, made_at from learner_amendments where learner_id = :id")
    @RegisterConstructorMapper(Amendment.class)
    Optional<Amendment> amendment(@Bind("id") long learnerId);

    @SqlUpdate("insert into learner_amendments (learner_id, field, old_value, new_value, made_by) "
            + "values (:id, :field, :old, :new, :by)")
    void insertAmendment(
            @Bind("id") long learnerId,
            @Bind("field") String field,
            @Bind("old") String oldValue,
            @Bind("new") String newValue,
            @Bind("by") String madeBy);

    @SqlUpdate("update learners set given_name = :value where id = :id")
    void updateGivenName(@Bind("id") long id, @Bind("value") String value);

    @SqlUpdate("update learners set family_name = :value where id = :id")
    void updateFamilyName(@Bind("id") long id, @Bind("value") String value);

    @SqlUpdate("update learners set date_of_birth = :value where id = :id")
    void updateDateOfBirth(@Bind("id") long id, @Bind("value") LocalDate value);
}

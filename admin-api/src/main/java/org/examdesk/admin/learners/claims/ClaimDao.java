package org.examdesk.admin.learners.claims;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Claims, their units, and the products, registrations and rules of combination they are checked against. */
interface ClaimDao {
    /** A product, with how many internally assessed units it has. */
    record Product(long id, String reference, String title, boolean approved, boolean inDate, int internalUnits) {}

    @SqlQuery("select p.id, p.reference, p.title, p.approved, p.in_date, (select count(*) from product_units u "
            + "where u.product_id = p.id and u.type = 'INTERNALLY_ASSESSED') as internal_units from products p "
            + "where p.reference = :ref")
    @RegisterConstructorMapper(Product.class)
    Optional<Product> product(@Bind("ref") String reference);

    @SqlQuery("select code from product_units where product_id = :product order by code")
    List<String> unitCodes(@Bind("product") long productId);

    /** One unit of one pathway of a product, flattened. */
    record PathwayUnit(
            long pathwayId,
            String pathwayCode,
            String pathwayTitle,
            int minimumCredits,
            boolean isDefault,
            long unitId,
            String unitCode,
            String unitTitle,
            boolean mandatory,
            int credits) {}

    @SqlQuery("select w.id as pathway_id, w.code as pathway_code, w.title as pathway_title, w.minimum_credits, "
            + "w.is_default, u.id as unit_id, u.code as unit_code, u.title as unit_title, pu.mandatory, pu.credits "
            + "from product_pathways w join pathway_units pu on pu.pathway_id = w.id "
            + "join product_units u on u.id = pu.unit_id where w.product_id = :product order by w.id, u.code")
    @RegisterConstructorMapper(PathwayUnit.class)
    List<PathwayUnit> pathways(@Bind("product") long productId);

    /** A learner of the centre with their registration on the product (not cancelled), if any. */
    record Learner(
            long id,
            String learnerRef,
            String givenName,
            String familyName,
            Long registrationId,
            String registrationStatus,
            Long pathwayId) {
        String name() {
            return givenName + " " + familyName;
        }
    }

    @SqlQuery("select l.id, l.learner_ref, l.given_name, l.family_name, r.id as registration_id, "
            + "r.status as registration_status, rp.pathway_id from learners l left join registrations r "
            + "on r.learner_id = l.id and r.product_id = :product and r.status <> 'CANCELLED' "
            + "left join registration_pathways rp on rp.registration_id = r.id "
            + "where l.centre_id = :centre and l.id = any(:ids)")
    @RegisterConstructorMapper(Learner.class)
    List<Learner> learners(@Bind("centre") long centreId, @Bind("ids") long[] ids, @Bind("product") long productId);

    /** A claim just stored: its id and its learner. */
    record Stored(long id, long learnerId) {}

    /**
     * Stores the claims of a bulk claim in one statement, one row per element of the arrays (registration, learner,
     * state, reasons as JSON); submitted ones get {@code now} as their submission time.
     */
    @SqlQuery("insert into claims (reference, centre_id, registration_id, learner_id, product_id, award_type, "
            + "award_date, state, reasons, created_by, submitted_at) "
            + "select 'AC' || nextval('claim_reference_seq'), :centre, t.registration, t.learner, :product, :awardType, "
            + ":awardDate, t.state, cast(t.reasons as jsonb), :by, "
            + "case when t.state = 'SUBMITTED' then cast(:now as timestamptz) end "
            + "from unnest(:registrations, :learners, :states, :reasons) with ordinality "
            + "as t(registration, learner, state, reasons, n) order by t.n "
            + "returning id, learner_id")
    @RegisterConstructorMapper(Stored.class)
    List<Stored> insertAll(
            @Bind("centre") long centreId,
            @Bind("product") long productId,
            @Bind("awardType") String awardType,
            @Bind("awardDate") LocalDate awardDate,
            @Bind("by") long userId,
            @Bind("now") Instant now,
            @Bind("registrations") long[] registrationIds,
            @Bind("learners") long[] learnerIds,
            @Bind("states") String[] states,
            @Bind("reasons") String[] reasonsJson);

    @SqlUpdate("update registrations set status = 'COMPLETED' where id = any(:ids)")
    void closeRegistrations(@Bind("ids") long[] registrationIds);

    /** One unit and grade of a claim. */
    record ClaimUnit(long claimId, long unitId, String grade) {}

    @SqlBatch("insert into claim_units (claim_id, unit_id, grade) values (:claimId, :unitId, :grade)")
    void insertUnits(@BindMethods List<ClaimUnit> units);

    @SqlUpdate("delete from claim_units where claim_id = :id")
    void deleteUnits(@Bind("id") long claimId);

    @SqlUpdate("update claims set award_type = :awardType, award_date = :awardDate, state = :state, "
            + "reasons = cast(:reasons as jsonb), submitted_at = :submittedAt where id = :id")
    void update(
            @Bind("id") long id,
            @Bind("awardType") String awardType,
            @Bind("awardDate") LocalDate awardDate,
            @Bind("state") String state,
            @Bind("reasons") String reasonsJson,
            @Bind("submittedAt") Instant submittedAt);

    @SqlUpdate("update registrations set status = 'COMPLETED' where id = :id")
    void closeRegistration(@Bind("id") long registrationId);

    /** A claim as stored, with its learner and product. */
    record Row(
            long id,
            String reference,
            long centreId,
            long registrationId,
            long learnerId,
            String learnerRef,
            String givenName,
            String familyName,
            long productId,
            String productReference,
            String productTitle,
            String awardType,
            LocalDate awardDate,
            String state,
            String reasons,
            Instant createdAt,
            Instant submittedAt) {}

    String SELECT = "select c.id, c.reference, c.centre_id, c.registration_id, c.learner_id, l.learner_ref, "
            + "l.given_name, l.family_name, c.product_id, p.reference as product_reference, p.title as product_title, "
            + "c.award_type, c.award_date, c.state, c.reasons::text as reasons, c.created_at, c.submitted_at "
            + "from claims c join learners l on l.id = c.learner_id join products p on p.id = c.product_id ";

    @SqlQuery(SELECT + "where c.reference = :reference")
    @RegisterConstructorMapper(Row.class)
    Optional<Row> find(@Bind("reference") String reference);

    @SqlQuery("select id from claims where reference = :reference for update")
    Optional<Long> lock(@Bind("reference") String reference);

    @SqlQuery(SELECT + "where c.id = any(:ids) order by c.id")
    @RegisterConstructorMapper(Row.class)
    List<Row> findAll(@Bind("ids") long[] ids);

    @SqlQuery(SELECT + "where (cast(:centre as bigint) is null or c.centre_id = :centre) "
            + "and (cast(:state as text) is null or c.state = :state) "
            + "and (cast(:learner as bigint) is null or c.learner_id = :learner) order by c.created_at desc, c.id desc "
            + "limit :limit")
    @RegisterConstructorMapper(Row.class)
    List<Row> list(
            @Bind("centre") Long centreId,
            @Bind("state") String state,
            @Bind("learner") Long learnerId,
            @Bind("limit") int limit);

    /** A unit of a claim with its grade. */
    record UnitRow(long claimId, String code, String title, String grade) {}

    @SqlQuery("select cu.claim_id, u.code, u.title, cu.grade from claim_units cu join product_units u "
            + "on u.id = cu.unit_id where cu.claim_id = any(:ids) order by cu.claim_id, u.code")
    @RegisterConstructorMapper(UnitRow.class)
    List<UnitRow> units(@Bind("ids") long[] claimIds);

    @SqlQuery("select id, code from product_units where product_id = :product")
    @RegisterConstructorMapper(UnitId.class)
    List<UnitId> unitIds(@Bind("product") long productId);

    /** A unit's id by its code. */
    record UnitId(long id, String code) {}
}

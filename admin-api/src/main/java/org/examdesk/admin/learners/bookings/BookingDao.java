package org.examdesk.admin.learners.bookings;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Test bookings, and the products' units and registrations they are checked against. */
interface BookingDao {
    /** A unit of a product, with how it is assessed and delivered. */
    record Unit(
            long productId,
            String productReference,
            String productTitle,
            long unitId,
            String code,
            String title,
            String type,
            boolean onscreen,
            boolean paper) {}

    @SqlQuery("select p.id as product_id, p.reference as product_reference, p.title as product_title, u.id as unit_id, "
            + "u.code, u.title, u.type, u.onscreen, u.paper from product_units u join products p on p.id = u.product_id "
            + "where p.reference = :product and upper(u.code) = upper(:unit)")
    @RegisterConstructorMapper(Unit.class)
    Optional<Unit> unit(@Bind("product") String productReference, @Bind("unit") String unitCode);

    @SqlQuery("select count(*) from products where reference = :product")
    int products(@Bind("product") String productReference);

    /** A learner of the centre, with their active registration on the product (null when none). */
    record Learner(long id, String learnerRef, String givenName, String familyName, Long registrationId) {
        String name() {
            return givenName + " " + familyName;
        }
    }

    @SqlQuery("select l.id, l.learner_ref, l.given_name, l.family_name, r.id as registration_id from learners l "
            + "left join registrations r on r.learner_id = l.id and r.product_id = :product and r.status = 'ACTIVE' "
            + "where l.centre_id = :centre and l.id = any(:ids)")
    @RegisterConstructorMapper(Learner.class)
    List<Learner> learners(@Bind("centre") long centreId, @Bind("ids") long[] ids, @Bind("product") long productId);

    @SqlQuery("select learner_id from bookings where unit_id = :unit and learner_id = any(:ids) and status = 'BOOKED' "
            + "and taken_at is null")
    List<Long> alreadyBooked(@Bind("unit") long unitId, @Bind("ids") long[] learnerIds);

    @SqlQuery("insert into bookings (centre_id, registration_id, learner_id, unit_id, delivery, mode, "
            + "extra_time_percent, starts_at, created_by) values (:centre, :registration, :learner, :unit, :delivery, "
            + ":mode, :extra, :startsAt, :by) returning id")
    long insert(
            @Bind("centre") long centreId,
            @Bind("registration") long registrationId,
            @Bind("learner") long learnerId,
            @Bind("unit") long unitId,
            @Bind("delivery") String delivery,
            @Bind("mode") String mode,
            @Bind("extra") int extraTimePercent,
            @Bind("startsAt") Instant startsAt,
            @Bind("by") long userId);

    /** A booking with its learner, product and unit. */
    record Row(
            long id,
            long centreId,
            long registrationId,
            long learnerId,
            String learnerRef,
            String givenName,
            String familyName,
            String productReference,
            String productTitle,
            String unitCode,
            String unitTitle,
            String delivery,
            String mode,
            int extraTimePercent,
            Instant startsAt,
            String status,
            Instant takenAt,
            int packageVersion) {}

    String SELECT = "select b.id, b.centre_id, b.registration_id, b.learner_id, l.learner_ref, l.given_name, "
            + "l.family_name, p.reference as product_reference, p.title as product_title, u.code as unit_code, "
            + "u.title as unit_title, b.delivery, b.mode, b.extra_time_percent, b.starts_at, b.status, b.taken_at, "
            + "b.package_version from bookings b join learners l on l.id = b.learner_id "
            + "join product_units u on u.id = b.unit_id join products p on p.id = u.product_id ";

    @SqlQuery(SELECT + "where b.id = :id")
    @RegisterConstructorMapper(Row.class)
    Optional<Row> find(@Bind("id") long id);

    @SqlQuery(SELECT + "where b.id = any(:ids) order by b.starts_at, l.family_name, l.given_name, b.id")
    @RegisterConstructorMapper(Row.class)
    List<Row> findAll(@Bind("ids") long[] ids);

    @SqlQuery("select id from bookings where id = :id for update")
    Optional<Long> lock(@Bind("id") long id);

    /** Bookings not cancelled, of one centre (null: every centre), one learner (null: all), between two times. */
    @SqlQuery(SELECT + "where b.status = 'BOOKED' and (cast(:centre as bigint) is null or b.centre_id = :centre) "
            + "and (cast(:learner as bigint) is null or b.learner_id = :learner) "
            + "and (cast(:from as timestamptz) is null or b.starts_at >= :from) "
            + "and (cast(:to as timestamptz) is null or b.starts_at < :to) "
            + "order by b.starts_at, l.family_name, l.given_name, b.id limit :limit")
    @RegisterConstructorMapper(Row.class)
    List<Row> list(
            @Bind("centre") Long centreId,
            @Bind("learner") Long learnerId,
            @Bind("from") Instant from,
            @Bind("to") Instant to,
            @Bind("limit") int limit);

    @SqlUpdate("update bookings set starts_at = :startsAt, mode = :mode, extra_time_percent = :extra, "
            + "package_version = package_version + :bump, updated_at = now() where id = :id")
    void amend(
            @Bind("id") long id,
            @Bind("startsAt") Instant startsAt,
            @Bind("mode") String mode,
            @Bind("extra") int extraTimePercent,
            @Bind("bump") int packageBump);

    @SqlUpdate("update bookings set status = 'CANCELLED', updated_at = now() where id = :id")
    void cancel(@Bind("id") long id);
}

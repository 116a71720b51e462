package org.examdesk.admin.learners.cancellation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** A registration with its order, and the five things that stop it being cancelled. */
interface CancellationDao {
    /** A registration with its learner, product and order. */
    record Registration(
            long id,
            long centreId,
            long learnerId,
            String learnerRef,
            String givenName,
            String familyName,
            long productId,
            String productReference,
            String productTitle,
            String status,
            long orderId,
            String invoiceStatus,
            String poNumber,
            int costPence,
            LocalDate courseStart,
            LocalDate courseEnd) {}

    @SqlQuery("select r.id, l.centre_id, l.id as learner_id, l.learner_ref, l.given_name, l.family_name, "
            + "p.id as product_id, p.reference as product_reference, p.title as product_title, r.status, "
            + "o.id as order_id, o.invoice_status, o.po_number, r.cost_pence, r.course_start, r.course_end "
            + "from registrations r join learners l on l.id = r.learner_id join products p on p.id = r.product_id "
            + "join registration_orders o on o.id = r.order_id where r.id = :id")
    @RegisterConstructorMapper(Registration.class)
    Optional<Registration> find(@Bind("id") long id);

    @SqlQuery("select id from registrations where id = :id for update")
    Optional<Long> lock(@Bind("id") long id);

    /** A booking of the registration: taken, or live. */
    record Booking(long id, String unitCode, String unitTitle, String delivery, Instant startsAt, Instant takenAt) {}

    @SqlQuery("select b.id, u.code as unit_code, u.title as unit_title, b.delivery, b.starts_at, b.taken_at "
            + "from bookings b join product_units u on u.id = b.unit_id "
            + "where b.registration_id = :id and b.status = 'BOOKED' order by b.starts_at, b.id")
    @RegisterConstructorMapper(Booking.class)
    List<Booking> bookings(@Bind("id") long registrationId);

    /** A result or unit outcome of the learner on the product: {@code unitType} null for the overall result. */
    record Result(String unitCode, String unitTitle, String unitType, String grade, LocalDate awardedAt) {}

    @SqlQuery("select u.code as unit_code, u.title as unit_title, u.type as unit_type, r.grade, r.awarded_at "
            + "from learner_results r left join product_units u on u.id = r.unit_id "
            + "where r.learner_id = :learner and r.product_id = :product order by u.code nulls first")
    @RegisterConstructorMapper(Result.class)
    List<Result> results(@Bind("learner") long learnerId, @Bind("product") long productId);

    /** A submitted claim of the registration. */
    record Claim(String reference, String awardType, LocalDate awardDate, Instant submittedAt) {}

    @SqlQuery("select reference, award_type, award_date, submitted_at from claims "
            + "where registration_id = :id and state = 'SUBMITTED' order by submitted_at, id")
    @RegisterConstructorMapper(Claim.class)
    List<Claim> claims(@Bind("id") long registrationId);

    @SqlUpdate("update registrations set status = 'CANCELLED' where id = :id")
    void cancel(@Bind("id") long id);
}

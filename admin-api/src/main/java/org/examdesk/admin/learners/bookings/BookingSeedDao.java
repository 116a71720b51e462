package org.examdesk.admin.learners.bookings;

import java.time.Instant;
import java.time.LocalDate;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Writes the demo data of bookings, cancellations and claims: rules of combination and the named learners' cases. */
public interface BookingSeedDao {
    @SqlQuery("select id from products where reference = :ref")
    long product(@Bind("ref") String reference);

    @SqlQuery("select id from product_units where product_id = :product and code = :code")
    long unit(@Bind("product") long productId, @Bind("code") String code);

    @SqlQuery("select code from product_units where product_id = :product order by id")
    java.util.List<String> unitCodes(@Bind("product") long productId);

    @SqlQuery("insert into product_pathways (product_id, code, title, minimum_credits, is_default) "
            + "values (:product, :code, :title, :minimum, :isDefault) returning id")
    long insertPathway(
            @Bind("product") long productId,
            @Bind("code") String code,
            @Bind("title") String title,
            @Bind("minimum") int minimumCredits,
            @Bind("isDefault") boolean isDefault);

    @SqlUpdate("insert into pathway_units (pathway_id, unit_id, mandatory, credits) values (:pathway, :unit, "
            + ":mandatory, :credits)")
    void insertPathwayUnit(
            @Bind("pathway") long pathwayId,
            @Bind("unit") long unitId,
            @Bind("mandatory") boolean mandatory,
            @Bind("credits") int credits);

    @SqlQuery(
            "select max(id) from learners where centre_id = :centre and given_name = :given and family_name = :family")
    long named(@Bind("centre") long centreId, @Bind("given") String given, @Bind("family") String family);

    @SqlQuery("insert into learners (learner_ref, centre_id, given_name, family_name, date_of_birth, gender, uln, "
            + "created_at) values (:ref, :centre, :given, :family, :dob, :gender, null, :created) returning id")
    long insertLearner(
            @Bind("ref") String learnerRef,
            @Bind("centre") long centreId,
            @Bind("given") String given,
            @Bind("family") String family,
            @Bind("dob") LocalDate dateOfBirth,
            @Bind("gender") String gender,
            @Bind("created") Instant createdAt);

    @SqlQuery("insert into registration_orders (centre_id, po_number, total_pence, invoice_status, created_at) "
            + "values (:centre, :po, 0, :invoice, :created) returning id")
    long insertOrder(
            @Bind("centre") long centreId,
            @Bind("po") String poNumber,
            @Bind("invoice") String invoiceStatus,
            @Bind("created") Instant createdAt);

    @SqlQuery("insert into registrations (learner_id, product_id, order_id, course_start, course_end, cost_pence) "
            + "select :learner, :product, :order, :start, :end, price_pence from products where id = :product "
            + "returning id")
    long insertRegistration(
            @Bind("learner") long learnerId,
            @Bind("product") long productId,
            @Bind("order") long orderId,
            @Bind("start") LocalDate courseStart,
            @Bind("end") LocalDate courseEnd);

    @SqlQuery("select id from registrations where learner_id = :learner and product_id = :product "
            + "and status = 'ACTIVE'")
    long registration(@Bind("learner") long learnerId, @Bind("product") long productId);

    @SqlUpdate("insert into registration_order_products (order_id, product_id) select distinct order_id, product_id "
            + "from registrations where order_id = :order on conflict do nothing")
    void linkOrder(@Bind("order") long orderId);

    @SqlUpdate("update registration_orders set total_pence = (select coalesce(sum(cost_pence), 0) from registrations "
            + "where order_id = :order) where id = :order")
    void totalOrder(@Bind("order") long orderId);

    @SqlUpdate("insert into registration_pathways (registration_id, pathway_id) values (:registration, :pathway)")
    void insertRegistrationPathway(@Bind("registration") long registrationId, @Bind("pathway") long pathwayId);

    @SqlUpdate("insert into bookings (centre_id, registration_id, learner_id, unit_id, delivery, mode, starts_at, "
            + "taken_at, created_at) select l.centre_id, r.id, r.learner_id, :unit, :delivery, :mode, :startsAt, "
            + ":takenAt, cast(:startsAt as timestamptz) - interval '20 days' from registrations r join learners l on l.id = r.learner_id "
            + "where r.id = :registration")
    void insertBooking(
            @Bind("registration") long registrationId,
            @Bind("unit") long unitId,
            @Bind("delivery") String delivery,
            @Bind("mode") String mode,
            @Bind("startsAt") Instant startsAt,
            @Bind("takenAt") Instant takenAt);

    @SqlUpdate("insert into learner_results (learner_id, product_id, unit_id, grade, awarded_at) "
            + "values (:learner, :product, :unit, :grade, :at)")
    void insertResult(
            @Bind("learner") long learnerId,
            @Bind("product") long productId,
            @Bind("unit") long unitId,
            @Bind("grade") String grade,
            @Bind("at") LocalDate awardedAt);

    @SqlQuery("insert into claims (reference, centre_id, registration_id, learner_id, product_id, award_type, "
            + "award_date, state, created_at, submitted_at) select 'AC' || nextval('claim_reference_seq'), "
            + "l.centre_id, r.id, r.learner_id, r.product_id, :type, :date, 'SUBMITTED', :at, :at from registrations r "
            + "join learners l on l.id = r.learner_id where r.id = :registration returning id")
    long insertClaim(
            @Bind("registration") long registrationId,
            @Bind("type") String awardType,
            @Bind("date") LocalDate awardDate,
            @Bind("at") Instant at);

    @SqlUpdate("insert into claim_units (claim_id, unit_id, grade) values (:claim, :unit, :grade)")
    void insertClaimUnit(@Bind("claim") long claimId, @Bind("unit") long unitId, @Bind("grade") String grade);

    /** Puts a demo learner in the learner group they were created from, at its row. */
    @SqlUpdate("update learners set group_id = :group, group_row = :row where id = :learner")
    void joinGroup(@Bind("learner") long learnerId, @Bind("group") long groupId, @Bind("row") int row);
}

package org.examdesk.admin.learners;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The writes of the learner demo data (the demo feature's seeder calls them): products and units, learners, orders,
 * registrations, results, an amendment.
 */
public interface LearnerSeedDao {
    @SqlQuery("insert into products (reference, title, kind, price_pence, approved, in_date) "
            + "values (:reference, :title, :kind, :price, :approved, :inDate) returning id")
    long insertProduct(
            @Bind("reference") String reference,
            @Bind("title") String title,
            @Bind("kind") String kind,
            @Bind("price") int pricePence,
            @Bind("approved") boolean approved,
            @Bind("inDate") boolean inDate);

    @SqlQuery("insert into product_units (product_id, code, title, type, onscreen, paper) "
            + "values (:product, :code, :title, :type, :onscreen, :paper) returning id")
    long insertUnit(
            @Bind("product") long productId,
            @Bind("code") String code,
            @Bind("title") String title,
            @Bind("type") String type,
            @Bind("onscreen") boolean onscreen,
            @Bind("paper") boolean paper);

    @SqlQuery("insert into learners (learner_ref, centre_id, given_name, family_name, date_of_birth, gender, uln, "
            + "created_at) values (:ref, :centre, :given, :family, :dob, :gender, :uln, :created) returning id")
    long insertLearner(
            @Bind("ref") String learnerRef,
            @Bind("centre") long centreId,
            @Bind("given") String givenName,
            @Bind("family") String familyName,
            @Bind("dob") LocalDate dateOfBirth,
            @Bind("gender") String gender,
            @Bind("uln") String uln,
            @Bind("created") Instant createdAt);

    @SqlQuery("insert into registration_orders (centre_id, po_number, total_pence, invoice_status, created_by, "
            + "created_at) values (:centre, :po, 0, :invoice, :by, :created) returning id")
    long insertOrder(
            @Bind("centre") long centreId,
            @Bind("po") String poNumber,
            @Bind("invoice") String invoiceStatus,
            @Bind("by") Long userId,
            @Bind("created") Instant createdAt);

    /** A demo registration. */
    record Registration(
            long learnerId,
            long productId,
            long orderId,
            LocalDate courseStart,
            LocalDate courseEnd,
            int costPence,
            String status) {}

    @SqlBatch("insert into registrations (learner_id, product_id, order_id, course_start, course_end, cost_pence, "
            + "status) values (:learnerId, :productId, :orderId, :courseStart, :courseEnd, :costPence, :status)")
    void insertRegistrations(@BindMethods List<Registration> registrations);

    /** Each demo order's products and total, from the registrations placed on it. */
    @SqlUpdate("insert into registration_order_products (order_id, product_id) "
            + "select distinct order_id, product_id from registrations")
    void linkOrderProducts();

    @SqlUpdate("update registration_orders o set total_pence = coalesce((select sum(cost_pence) from registrations r "
            + "where r.order_id = o.id), 0)")
    void totalOrders();

    /** A demo result: a unit outcome ({@code unitId} set) or a product's overall grade. */
    record Result(long learnerId, long productId, Long unitId, String grade, LocalDate awardedAt) {}

    @SqlBatch("insert into learner_results (learner_id, product_id, unit_id, grade, awarded_at) "
            + "values (:learnerId, :productId, :unitId, :grade, :awardedAt)")
    void insertResults(@BindMethods List<Result> results);

    @SqlUpdate("insert into learner_amendments (learner_id, field, old_value, new_value, made_by, made_at) "
            + "values (:learner, :field, :old, :new, :by, :at)")
    void insertAmendment(
            @Bind("learner") long learnerId,
            @Bind("field") String field,
            @Bind("old") String oldValue,
            @Bind("new") String newValue,
            @Bind("by") String madeBy,
            @Bind("at") Instant madeAt);
}

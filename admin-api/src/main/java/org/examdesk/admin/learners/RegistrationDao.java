package org.examdesk.admin.learners;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Registration orders and the registrations they place. */
interface RegistrationDao {
    /** A learner already registered (not cancelled) on a product. */
    record Existing(long learnerId, String productReference) {}

    @SqlQuery("select r.learner_id, p.reference as product_reference from registrations r "
            + "join products p on p.id = r.product_id where r.status <> 'CANCELLED' "
            + "and r.learner_id = any(:learners) and r.product_id = any(:products) order by r.learner_id, p.reference")
    @RegisterConstructorMapper(Existing.class)
    List<Existing> existing(@Bind("learners") long[] learnerIds, @Bind("products") long[] productIds);

    @SqlQuery("insert into registration_orders (centre_id, po_number, total_pence, created_by) "
            + "values (:centre, :po, :total, :by) returning id")
    long insertOrder(
            @Bind("centre") long centreId,
            @Bind("po") String poNumber,
            @Bind("total") long totalPence,
            @Bind("by") long userId);

    @SqlUpdate("insert into registration_order_products (order_id, product_id) values (:order, :product)")
    void insertOrderProduct(@Bind("order") long orderId, @Bind("product") long productId);

    /** One registration to place. */
    record NewRegistration(
            long learnerId, long productId, long orderId, LocalDate courseStart, LocalDate courseEnd, int costPence) {}

    @SqlBatch("insert into registrations (learner_id, product_id, order_id, course_start, course_end, cost_pence) "
            + "values (:learnerId, :productId, :orderId, :courseStart, :courseEnd, :costPence)")
    void insertRegistrations(@BindMethods List<NewRegistration> registrations);
}

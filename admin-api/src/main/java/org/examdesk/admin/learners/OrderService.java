package org.examdesk.admin.learners;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.examdesk.admin.accounts.Actor;
import org.examdesk.admin.accounts.CentreScope;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.web.ApiException;
import org.examdesk.admin.web.Idempotency;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Registration orders (domain section 3): a preview that writes nothing, and placing the order with its
 * registrations and audit row in one transaction, at most once per Idempotency-Key. Every check runs before the
 * first write, so a refused order leaves nothing behind.
 */
final class OrderService {
    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Idempotency idempotency;

    OrderService(Jdbi jdbi, AuditLog audit, Idempotency idempotency) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.idempotency = idempotency;
    }

    OrderView preview(Actor actor, OrderRequest request) {
        OrderRules.checkComplete(request);
        return jdbi.inTransaction(h -> {
            Checked checked = check(h, actor, request);
            return OrderRules.price(
                    null,
                    OrderRules.poNumber(request),
                    checked.products(),
                    request.learners(),
                    checked.learners(),
                    null);
        });
    }

    Idempotency.Outcome place(Actor actor, OrderRequest request, String key) {
        OrderRules.checkComplete(request);
        return jdbi.inTransaction(
                h -> idempotency.run(h, actor, key, "POST registration-orders " + request, 201, () -> {
                    Checked checked = check(h, actor, request);
                    long centre = CentreScope.ownCentre(actor.caller());
                    String po = OrderRules.poNumber(request);
                    long total = OrderRules.price(
                                    null, po, checked.products(), request.learners(), checked.learners(), null)
                            .totalPence();
                    RegistrationDao dao = h.attach(RegistrationDao.class);
                    long orderId =
                            dao.insertOrder(centre, po, total, actor.caller().id());
                    List<RegistrationDao.NewRegistration> registrations = new ArrayList<>();
                    for (ProductView product : checked.products()) {
                        dao.insertOrderProduct(orderId, product.id());
                        for (OrderRequest.OrderLearner l : request.learners()) {
                            registrations.add(new RegistrationDao.NewRegistration(
                                    l.learnerId(),
                                    product.id(),
                                    orderId,
                                    l.courseStart(),
                                    l.courseEnd(),
                                    product.pricePence()));
                        }
                    }
                    dao.insertRegistrations(registrations);
                    OrderView placed = OrderRules.price(
                            orderId, po, checked.products(), request.learners(), checked.learners(), "NOT_INVOICED");
                    audit.record(
                            h,
                            actor,
                            "REGISTRATION_ORDER_PLACED",
                            "registration_order",
                            String.valueOf(orderId),
                            null,
                            placed);
                    return placed;
                }));
    }

    private record Checked(List<ProductView> products, Map<Long, LearnerRow> learners) {}

    /** The products (orderable, in the request's order) and learners (the caller's centre's, locked) of an order. */
    private static Checked check(Handle h, Actor actor, OrderRequest request) {
        List<String> refs = request.products().stream().map(String::trim).toList();
        Map<String, ProductView> found = h.attach(ProductDao.class).byReferences(refs.toArray(String[]::new)).stream()
                .collect(Collectors.toMap(ProductView::reference, Function.identity()));
        OrderRules.checkProducts(refs, found);
        List<ProductView> products = refs.stream().map(found::get).toList();
        long centre = CentreScope.ownCentre(actor.caller());
        LearnerDao learners = h.attach(LearnerDao.class);
        Map<Long, LearnerRow> rows =
                learners
                        .findAll(request.learners().stream()
                                .mapToLong(OrderRequest.OrderLearner::learnerId)
                                .toArray())
                        .stream()
                        .filter(row -> row.centreId() == centre)
                        .collect(Collectors.toMap(LearnerRow::id, Function.identity()));
        for (OrderRequest.OrderLearner l : request.learners()) {
            if (!rows.containsKey(l.learnerId())) {
                throw LearnersService.notFound(l.learnerId());
            }
        }
        List<RegistrationDao.Existing> existing = h.attach(RegistrationDao.class)
                .existing(
                        rows.keySet().stream().mapToLong(Long::longValue).toArray(),
                        products.stream().mapToLong(ProductView::id).toArray());
        if (!existing.isEmpty()) {
            throw ApiException.conflict(alreadyRegistered(existing, rows, found));
        }
        return new Checked(products, rows);
    }

    private static String alreadyRegistered(
            List<RegistrationDao.Existing> existing, Map<Long, LearnerRow> rows, Map<String, ProductView> products) {
        String list = existing.stream()
                .map(e -> {
                    LearnerRow row = rows.get(e.learnerId());
                    return row.name() + " (" + row.learnerRef() + ") on " + e.productReference() + " "
                            + products.get(e.productReference()).title();
                })
                .collect(Collectors.joining(", "));
        return "Nothing was registered: " + (existing.size() == 1 ? "this learner is" : "these learners are")
                + " already registered: " + list + ". Remove them from the order and try again.";
    }
}

package org.examdesk.admin.learners;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.examdesk.admin.accounts.Actor;
import org.examdesk.admin.accounts.CentreScope;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.learners.intake.Draft;
import org.examdesk.admin.learners.intake.Intake;
import org.examdesk.admin.web.ApiException;
import org.examdesk.admin.web.Idempotency;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Registration orders (domain section 3): a preview that writes nothing, and placing the order with its
 * registrations and audit row in one transaction, at most once per Idempotency-Key. New learners named in the order
 * are checked with the rest and created with it. Every check runs before the first write, so a refused order leaves
 * nothing behind.
 */
final class OrderService {
    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final OrderNewLearners newLearners;

    OrderService(Jdbi jdbi, AuditLog audit, Idempotency idempotency, Intake intake) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.idempotency = idempotency;
        this.newLearners = new OrderNewLearners(intake, audit);
    }

    OrderView preview(Actor actor, OrderRequest request) {
        OrderRules.checkComplete(request);
        return jdbi.inTransaction(h -> {
            Checked checked = check(h, actor, request);
            return OrderRules.price(
                    null, OrderRules.poNumber(request), checked.products(), lines(request, checked, Map.of()), null);
        });
    }

    Idempotency.Outcome place(Actor actor, OrderRequest request, String key) {
        OrderRules.checkComplete(request);
        return jdbi.inTransaction(
                h -> idempotency.run(h, actor, key, "POST registration-orders " + request, 201, () -> {
                    Checked checked = check(h, actor, request);
                    long centre = CentreScope.ownCentre(actor.caller());
                    String po = OrderRules.poNumber(request);
                    List<OrderView.LearnerLine> lines =
                            lines(request, checked, newLearners.create(h, actor, centre, checked.drafts()));
                    long total = OrderRules.price(null, po, checked.products(), lines, null)
                            .totalPence();
                    RegistrationDao dao = h.attach(RegistrationDao.class);
                    long orderId =
                            dao.insertOrder(centre, po, total, actor.caller().id());
                    List<RegistrationDao.NewRegistration> registrations = new ArrayList<>();
                    for (ProductView product : checked.products()) {
                        dao.insertOrderProduct(orderId, product.id());
                        for (OrderView.LearnerLine l : lines) {
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
                    OrderView placed = OrderRules.price(orderId, po, checked.products(), lines, "NOT_INVOICED");
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

    /** The products, the existing learners by id and the checked new learners by their index in the order. */
    private record Checked(List<ProductView> products, Map<Long, LearnerRow> learners, Map<Integer, Draft> drafts) {}

    /** The order's learners as the confirmation lists them; a new learner has an id only once {@code created}. */
    private static List<OrderView.LearnerLine> lines(
            OrderRequest request, Checked checked, Map<Integer, Intake.Created> created) {
        List<OrderView.LearnerLine> lines = new ArrayList<>();
        for (int i = 0; i < request.learners().size(); i++) {
            OrderRequest.OrderLearner l = request.learners().get(i);
            if (l.learnerId() != null) {
                LearnerRow row = checked.learners().get(l.learnerId());
                lines.add(new OrderView.LearnerLine(
                        row.id(), row.learnerRef(), row.name(), false, l.courseStart(), l.courseEnd()));
            } else {
                Draft d = checked.drafts().get(i);
                Intake.Created c = created.get(i);
                lines.add(new OrderView.LearnerLine(
                        c == null ? null : c.id(),
                        c == null ? null : c.learnerRef(),
                        d.givenName() + " " + d.familyName(),
                        true,
                        l.courseStart(),
                        l.courseEnd()));
            }
        }
        return lines;
    }

    /**
     * The products (orderable, in the request's order), the existing learners (the caller's centre's) and the new
     * learners (checked) of an order.
     */
    private Checked check(Handle h, Actor actor, OrderRequest request) {
        List<String> refs = request.products().stream().map(String::trim).toList();
        Map<String, ProductView> found = h.attach(ProductDao.class).byReferences(refs.toArray(String[]::new)).stream()
                .collect(Collectors.toMap(ProductView::reference, Function.identity()));
        OrderRules.checkProducts(refs, found);
        List<ProductView> products = refs.stream().map(found::get).toList();
        long centre = CentreScope.ownCentre(actor.caller());
        LearnerDao learners = h.attach(LearnerDao.class);
        Map<Long, LearnerRow> rows = learners
                .findAll(request.learners().stream()
                        .filter(l -> l.learnerId() != null)
                        .mapToLong(OrderRequest.OrderLearner::learnerId)
                        .toArray())
                .stream()
                .filter(row -> row.centreId() == centre)
                .collect(Collectors.toMap(LearnerRow::id, Function.identity()));
        for (OrderRequest.OrderLearner l : request.learners()) {
            if (l.learnerId() != null && !rows.containsKey(l.learnerId())) {
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
        return new Checked(products, rows, newLearners.check(h, centre, request));
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

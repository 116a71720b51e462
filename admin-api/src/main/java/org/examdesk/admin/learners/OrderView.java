package org.examdesk.admin.learners;

import java.time.LocalDate;
import java.util.List;

/**
 * The confirmation of a registration order: per product its price, learners and subtotal, then the total. A
 * preview has no {@code orderId}; a placed order has one and its invoice status.
 */
public record OrderView(
        Long orderId,
        boolean preview,
        String poNumber,
        List<ProductLine> products,
        long totalPence,
        String invoiceStatus) {

    /** One product of the order with the learners registered on it. */
    public record ProductLine(
            String reference, String title, int pricePence, List<LearnerLine> learners, long subtotalPence) {}

    /**
     * One learner of a product line and their course dates; {@code newLearner} when the order creates them (in a
     * preview they have no id or learner id yet).
     */
    public record LearnerLine(
            Long learnerId,
            String learnerRef,
            String name,
            boolean newLearner,
            LocalDate courseStart,
            LocalDate courseEnd) {}
}

package org.examdesk.admin.learners.cancellation;

import java.time.LocalDate;
import java.util.List;

/**
 * A registration as answered by {@code GET /api/v1/registrations/{id}}: whether it can be cancelled, and when not,
 * every condition that blocks it; {@code charge} says what cancelling it would cost.
 */
record RegistrationView(
        long id,
        long learnerId,
        String learnerRef,
        String learnerName,
        String productReference,
        String productTitle,
        String status,
        long orderId,
        String invoiceStatus,
        String poNumber,
        int costPence,
        LocalDate courseStart,
        LocalDate courseEnd,
        boolean cancellable,
        List<Blocker> blockedBy,
        CancellationRules.Charge charge,
        String message) {

    static RegistrationView of(CancellationDao.Registration r, List<Blocker> blockers) {
        CancellationRules.Charge charge = CancellationRules.charge(r.invoiceStatus(), r.costPence());
        String name = r.givenName() + " " + r.familyName();
        String message = blockers.isEmpty()
                ? "The registration of " + name + " on " + r.productTitle() + " can be cancelled. " + charge.sentence()
                : "The registration of " + name + " on " + r.productTitle() + " cannot be cancelled: "
                        + String.join(
                                " ", blockers.stream().map(Blocker::sentence).toList());
        return new RegistrationView(
                r.id(),
                r.learnerId(),
                r.learnerRef(),
                name,
                r.productReference(),
                r.productTitle(),
                r.status(),
                r.orderId(),
                r.invoiceStatus(),
                r.poNumber(),
                r.costPence(),
                r.courseStart(),
                r.courseEnd(),
                blockers.isEmpty(),
                blockers,
                charge,
                message);
    }
}

package org.examdesk.admin.learners;

import java.time.LocalDate;
import java.util.List;

/** A registration order as the client sends it: product references, learners with their course dates, a PO number. */
public record OrderRequest(List<String> products, List<OrderLearner> learners, String poNumber) {
    /** One learner of an order and the dates of their course (the start before the end). */
    public record OrderLearner(Long learnerId, LocalDate courseStart, LocalDate courseEnd) {}
}

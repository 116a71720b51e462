package org.examdesk.admin.learners;

import java.time.LocalDate;
import java.util.List;

/**
 * A registration order as the client sends it: product references, learners with their course dates, a PO number.
 * Each learner is an existing one ({@code learnerId}) or a new one created with the order ({@code newLearner}).
 */
public record OrderRequest(List<String> products, List<OrderLearner> learners, String poNumber) {
    /** One learner of an order and the dates of their course (the start before the end). */
    public record OrderLearner(Long learnerId, NewLearner newLearner, LocalDate courseStart, LocalDate courseEnd) {
        public OrderLearner(Long learnerId, LocalDate courseStart, LocalDate courseEnd) {
            this(learnerId, null, courseStart, courseEnd);
        }
    }

    /**
     * A learner to create with the order, checked as an uploaded learner is: given name, family name and date of
     * birth required; gender Female, Male, Other or none; ULN optional, checked with the Learner Records Service.
     */
    public record NewLearner(String givenName, String familyName, LocalDate dateOfBirth, String gender, String uln) {}
}

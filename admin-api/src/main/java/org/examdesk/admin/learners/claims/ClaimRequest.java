package org.examdesk.admin.learners.claims;

import java.util.List;

/**
 * A claim for one learner or in bulk: {@code awardType} FULL, INTERIM or FALLBACK, {@code awardDate}
 * ({@code yyyy-MM-dd}, at most 3 months back), and per learner the product and the units with their grades. A bulk
 * claim is for one product, with the same units and grades for every learner.
 */
record ClaimRequest(String awardType, String awardDate, List<Learner> learners) {
    record Learner(Long learnerId, String product, List<UnitGrade> units) {}

    /** A unit by its code (such as U2) and the grade the learner achieved in it. */
    record UnitGrade(String unit, String grade) {}
}

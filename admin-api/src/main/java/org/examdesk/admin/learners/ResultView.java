package org.examdesk.admin.learners;

import java.time.LocalDate;

/** One result found by the results search: the learner, the product, the unit (null: the overall grade), the grade. */
public record ResultView(
        long learnerId,
        String learnerRef,
        String givenName,
        String familyName,
        String productReference,
        String productTitle,
        String unitCode,
        String unitTitle,
        String grade,
        LocalDate awardedAt) {}

package org.examdesk.admin.learners;

import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * A results search (domain section 3): given name, family name (each a prefix), learner id, product (title or
 * reference, contained) and grade, combined with "and".
 */
record ResultQuery(
        String givenName, String familyName, String learnerRef, String product, String grade, int page, int size) {
    /** P is a pass and F a fail; the others are the usual qualification grades. */
    static final Set<String> GRADES = Set.of("P", "F", "M", "D", "D*", "A*", "A", "B", "C", "E", "U");

    static ResultQuery from(Function<String, String> param) {
        QueryParams p = new QueryParams(param);
        String grade = p.text("grade");
        if (grade != null) {
            grade = grade.toUpperCase(Locale.ROOT);
            if (!GRADES.contains(grade)) {
                p.reject("grade");
            }
        }
        ResultQuery query = new ResultQuery(
                p.text("givenName"),
                p.text("familyName"),
                p.text("learnerRef"),
                p.text("product"),
                grade,
                p.page(),
                p.size());
        p.check("grade is one of P (pass), F (fail), M, D, D*, A*, A, B, C, E, U; size is at most "
                + QueryParams.MAX_SIZE + ".");
        return query;
    }

    /** Whether a clause names the learner: given name, family name or learner id. */
    boolean namesLearner() {
        return givenName != null || familyName != null || learnerRef != null;
    }
}

package org.examdesk.admin.learners;

import java.time.LocalDate;
import java.util.function.Function;

/**
 * A learner search: {@code q} is a name (given, family or both, each a prefix), a learner id or a ULN, {@code group}
 * the learner group they were uploaded in, and the creation dates bound the results (both inclusive). Values are only ever bound as SQL parameters.
 */
record LearnerQuery(String q, Long group, LocalDate createdFrom, LocalDate createdTo, int page, int size) {
    static final String HINT = "group is a learner group's id; dates are yyyy-MM-dd, createdFrom no later than "
            + "createdTo; size is at most " + QueryParams.MAX_SIZE + ".";

    static LearnerQuery from(Function<String, String> param) {
        QueryParams p = new QueryParams(param);
        LearnerQuery query = new LearnerQuery(
                p.text("q"), p.id("group"), p.date("createdFrom"), p.date("createdTo"), p.page(), p.size());
        if (query.createdFrom() != null
                && query.createdTo() != null
                && query.createdFrom().isAfter(query.createdTo())) {
            p.reject("createdTo");
        }
        p.check(HINT);
        return query;
    }

    /** The words of {@code q}: a first and, when given, a last word (for "given family"). */
    String[] words() {
        return q == null ? new String[0] : q.split("\\s+");
    }
}

package org.examdesk.admin.learners.intake;

import java.util.List;

/** A new learner checked: the fields as read and every problem found; valid when there is none. */
public record Outcome(Draft draft, List<Problem> problems) {
    public boolean valid() {
        return problems.isEmpty();
    }
}

package org.examdesk.bot.flows.learners;

import java.util.List;
import org.examdesk.bot.flows.learners.LearnerChooser.Offered;

/** What the results flow keeps between turns: what was asked (the product it names), and the learners offered. */
record ResultsState(String request, List<Offered> offered) {
    /** The one step that waits: which learner, when a name fits several. */
    enum Step {
        WHO
    }

    ResultsState {
        offered = offered == null ? List.of() : List.copyOf(offered);
    }
}

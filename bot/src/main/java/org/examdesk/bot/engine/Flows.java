package org.examdesk.bot.engine;

import java.util.List;
import org.examdesk.bot.flows.students.AccountFlow;
import org.examdesk.bot.flows.students.BulkReactivateFlow;

/** The guided flows the engine knows, in the order they are offered a recognised task. */
public final class Flows {
    private Flows() {
    }

    public static List<Flow> all() {
        return List.of(new BulkReactivateFlow(), new AccountFlow());
    }
}

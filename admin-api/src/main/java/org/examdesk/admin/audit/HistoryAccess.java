package org.examdesk.admin.audit;

import io.javalin.http.Context;

/**
 * Who may read the audit history of a target. The rule lives with the accounts feature, which knows callers and
 * their roles; the history endpoint only asks.
 */
public interface HistoryAccess {
    /** The reader signed in to {@code ctx}; throws the usual 401 when nobody is. */
    Reader reader(Context ctx);

    /** What one reader may see. */
    interface Reader {
        /** Board administrators see every target. */
        boolean seesEveryTarget();

        /** Whether the reader administers the students of this centre. */
        boolean seesCentre(long centreId);
    }
}

package org.examdesk.admin.accounts;

import io.javalin.http.Context;
import org.examdesk.admin.audit.HistoryAccess;

/**
 * Who may read the audit history: board administrators every target, a centre's student administrators the
 * targets of their centre.
 */
public final class AuditReaders implements HistoryAccess {
    @Override
    public Reader reader(Context ctx) {
        Caller caller = AuthHandler.require(ctx);
        return new Reader() {
            @Override
            public boolean seesEveryTarget() {
                return Access.BOARD_ADMIN.admits(caller);
            }

            @Override
            public boolean seesCentre(long centreId) {
                return CentreScope.administersStudentsOf(caller, centreId);
            }
        };
    }
}

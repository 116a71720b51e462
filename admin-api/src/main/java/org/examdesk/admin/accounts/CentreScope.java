package org.examdesk.admin.accounts;

import java.util.EnumSet;
import java.util.Set;
import org.examdesk.admin.web.ApiException;

/**
 * Centre scope, the second half of authorization ({@link Access} is the first): a staff member of a centre
 * reaches only that centre's things; board administrators and support agents reach every centre where a route
 * lets them in at all. Services ask here and answer 404 when the answer is no, so nothing leaks that a thing of
 * another centre exists.
 */
public final class CentreScope {
    private static final Set<Role> ACROSS_CENTRES = EnumSet.of(Role.BOARD_ADMIN, Role.SUPPORT_AGENT);

    private CentreScope() {}

    /** Whether {@code caller} may reach things of centre {@code centreId}; students and services reach no centre this way. */
    public static boolean covers(Caller caller, long centreId) {
        if (caller == null || !caller.isStaff()) {
            return false;
        }
        if (caller.hasAnyRole(ACROSS_CENTRES)) {
            return true;
        }
        return caller.centre() != null && caller.centre().id() == centreId;
    }

    /** Whether {@code caller} works across centres (board administrators and support agents). */
    public static boolean acrossCentres(Caller caller) {
        return caller != null && caller.isStaff() && caller.hasAnyRole(ACROSS_CENTRES);
    }

    /** Whether {@code caller} administers student accounts at centre {@code centreId} (domain section 1). */
    public static boolean administersStudentsOf(Caller caller, long centreId) {
        return Access.STUDENT_ADMIN.admits(caller)
                && caller.centre() != null
                && caller.centre().id() == centreId;
    }

    /** The caller's own centre id; a 403 for a staff account that belongs to no centre. */
    public static long ownCentre(Caller caller) {
        if (caller == null || caller.centre() == null) {
            throw ApiException.forbidden(
                    "Your account is not linked to a centre. Ask the board " + "to link it to yours.");
        }
        return caller.centre().id();
    }
}

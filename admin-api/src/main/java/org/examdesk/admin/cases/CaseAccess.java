package org.examdesk.admin.cases;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.examdesk.admin.accounts.Caller;
import org.examdesk.admin.accounts.Role;

/**
 * Who may see what of a case. The requester and agents see the case; staff of the requester's centre in a role
 * that looks after the centre's dealings with the board may also download its attachments. Everyone else is
 * told the case does not exist.
 */
public final class CaseAccess {
    /** Centre roles that may download the attachments of their centre's cases. */
    static final Set<Role> CENTRE_CASE_ROLES =
            EnumSet.of(Role.EXAMS_OFFICER, Role.EXAMS_MANAGER, Role.EXAMS_ASSISTANT, Role.CENTRE_ADMINISTRATOR);

    private CaseAccess() {}

    /** Who is asking, as a requester: a staff user, a student, or nobody (the bot for an anonymous visitor). */
    record Requester(Long userId, Long studentId, Long centreId) {
        static Requester of(Caller caller) {
            Long centre = caller.centre() == null ? null : caller.centre().id();
            return switch (caller.kind()) {
                case STAFF -> new Requester(caller.id(), null, centre);
                case STUDENT -> new Requester(null, caller.id(), centre);
                case SERVICE -> new Requester(null, null, null);
            };
        }

        boolean anonymous() {
            return userId == null && studentId == null;
        }
    }

    static boolean isAgent(Caller caller) {
        return caller.isStaff() && caller.hasAnyRole(EnumSet.of(Role.SUPPORT_AGENT, Role.BOARD_ADMIN));
    }

    static boolean isRequester(Caller caller, CaseRow row) {
        return switch (caller.kind()) {
            case STAFF -> Objects.equals(row.requesterUserId(), caller.id());
            case STUDENT -> Objects.equals(row.requesterStudentId(), caller.id());
            case SERVICE -> false;
        };
    }

    static boolean canView(Caller caller, CaseRow row) {
        return isAgent(caller) || isRequester(caller, row);
    }

    public static boolean canDownload(Caller caller, CaseRow row) {
        if (canView(caller, row)) {
            return true;
        }
        return caller.isStaff()
                && caller.centre() != null
                && row.requesterCentreId() != null
                && caller.centre().id() == row.requesterCentreId()
                && caller.hasAnyRole(CENTRE_CASE_ROLES);
    }
}

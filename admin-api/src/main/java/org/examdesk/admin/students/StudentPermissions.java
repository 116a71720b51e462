package org.examdesk.admin.students;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.examdesk.admin.accounts.Access;
import org.examdesk.admin.accounts.Caller;
import org.examdesk.admin.accounts.CentreScope;

/**
 * Results-access permissions (domain section 1): removing one is for exceptional cases only and needs a reason;
 * afterwards the student sees no results of that kind until the centre or a board administrator grants it again.
 */
final class StudentPermissions {
    enum Reason {
        SECURITY_BREACH,
        SUSPECTED_MISUSE,
        WELFARE_CONCERN
    }

    static final String WARNING = "Access removed: the student will see no %s results until the centre or a board "
            + "administrator grants access again.";

    private StudentPermissions() {}

    /** The student's centre's student administrators and board administrators may change permissions. */
    static boolean mayChange(Caller caller, long centreId) {
        return CentreScope.administersStudentsOf(caller, centreId) || Access.BOARD_ADMIN.admits(caller);
    }

    static List<String> reasonNames() {
        return Arrays.stream(Reason.values()).map(Enum::name).toList();
    }

    /** The reason given, if it is one of the allowed ones. */
    static Reason parse(String reason) {
        if (reason == null) {
            return null;
        }
        String key = reason.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(Reason.values())
                .filter(r -> r.name().equals(key))
                .findFirst()
                .orElse(null);
    }
}

package org.examdesk.bot.flows.students;

import org.examdesk.admin.client.StudentModels;
import org.examdesk.bot.flows.students.AccountState.Change;

/** Makes one confirmed change through the admin API and says what happened. */
final class AccountActions {
    private final StudentAccounts students;

    AccountActions(StudentAccounts students) {
        this.students = students;
    }

    String run(Change change, AccountState state) {
        long id = state.studentId();
        String name = state.studentName();
        return switch (change) {
            case REACTIVATE -> {
                students.reactivate(id);
                yield "Done: " + name + "'s account is reactivated and a new activation link is on its way to "
                        + state.email() + ".";
            }
            case EMAIL -> {
                String email = state.newEmail();
                students.changeEmail(id, email);
                yield "Done: a new welcome email is on its way to " + email + " for " + name + ".";
            }
            case REMOVE, GRANT -> {
                boolean grant = change == Change.GRANT;
                String permission = state.permission();
                boolean mock = touches(permission, "mock") ? grant : state.mock();
                boolean high = touches(permission, "highStakes") ? grant : state.highStakes();
                StudentModels.Changed changed = students.setPermissions(id, mock, high, grant ? null : state.reason());
                String warning = changed == null || changed.warning() == null ? "" : " " + changed.warning();
                yield "Done: " + Wording.permission(permission) + " access " + (grant ? "granted to " : "removed for ")
                        + name + "." + warning;
            }
        };
    }

    private static boolean touches(String permission, String which) {
        return permission.equals("both") || permission.equals(which);
    }
}

package org.examdesk.bot.flows.students;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.examdesk.admin.client.StudentModels;

/** Makes one confirmed change through the admin API and says what happened. */
final class AccountActions {
    private final StudentAccounts students;

    AccountActions(StudentAccounts students) {
        this.students = students;
    }

    String run(String what, ObjectNode data) {
        long id = data.path("studentId").asLong();
        String name = data.path("studentName").asText();
        return switch (what) {
            case "reactivate" -> {
                students.reactivate(id);
                yield "Done: " + name + "'s account is reactivated and a new activation link is on its way to "
                        + data.path("email").asText() + ".";
            }
            case "email" -> {
                String email = data.path("newEmail").asText();
                students.changeEmail(id, email);
                yield "Done: a new welcome email is on its way to " + email + " for " + name + ".";
            }
            case "remove", "grant" -> {
                boolean grant = what.equals("grant");
                String permission = data.path("permission").asText();
                boolean mock = touches(permission, "mock") ? grant : data.path("mock").asBoolean();
                boolean high = touches(permission, "highStakes") ? grant : data.path("highStakes").asBoolean();
                StudentModels.Changed change = students.setPermissions(id, mock, high,
                        grant ? null : data.path("reason").asText());
                String warning = change == null || change.warning() == null ? "" : " " + change.warning();
                yield "Done: " + Wording.permission(permission) + " access " + (grant ? "granted to " : "removed for ")
                        + name + "." + warning;
            }
            default -> throw new IllegalArgumentException("Unknown change " + what);
        };
    }

    private static boolean touches(String permission, String which) {
        return permission.equals("both") || permission.equals(which);
    }
}

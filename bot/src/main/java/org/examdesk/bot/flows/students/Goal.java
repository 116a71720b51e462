package org.examdesk.bot.flows.students;

import java.util.Locale;
import org.examdesk.bot.engine.Intent;

/** What the staff member wants for the student: find out what is wrong, or one particular change. */
enum Goal {
    DIAGNOSE, REACTIVATE, CHANGE_EMAIL, REMOVE_ACCESS, GRANT_ACCESS;

    static Goal of(Intent intent) {
        return switch (intent.kind()) {
            case REACTIVATE -> REACTIVATE;
            case CHANGE_EMAIL -> CHANGE_EMAIL;
            case REMOVE_ACCESS -> REMOVE_ACCESS;
            case GRANT_ACCESS -> GRANT_ACCESS;
            default -> DIAGNOSE;
        };
    }

    /** Which results permission a message names: "mock", "high stakes", or both when it names neither. */
    static String permissionNamed(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        boolean mock = lower.contains("mock");
        boolean high = lower.matches("(?s).*high[ -]?stakes.*");
        if (mock == high) {
            return "both";
        }
        return mock ? "mock" : "highStakes";
    }
}

package org.examdesk.bot.flows.students;

import java.util.Locale;
import java.util.Optional;
import org.examdesk.bot.engine.Intent;

/** What the staff member wants for the student: find out what is wrong, or one particular change. */
enum Goal {
    DIAGNOSE,
    REACTIVATE,
    CHANGE_EMAIL,
    REMOVE_ACCESS,
    GRANT_ACCESS;

    /** The goal of an intent of this flow (AccountFlow.intents), or empty for any other intent. */
    static Optional<Goal> of(Intent intent) {
        return Optional.ofNullable(
                switch (intent.name()) {
                    case "reactivate" -> REACTIVATE;
                    case "change_email" -> CHANGE_EMAIL;
                    case "remove_access" -> REMOVE_ACCESS;
                    case "grant_access" -> GRANT_ACCESS;
                    case "account_problem" -> DIAGNOSE;
                    default -> null;
                });
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

package org.examdesk.bot.flows.students;

import java.util.Locale;

/** Statuses and permissions in the words people use. */
final class Wording {
    private Wording() {}

    static String status(String status) {
        return switch (status) {
            case "ACTIVE" -> "Active";
            case "NOT_ACTIVATED" -> "Not Activated";
            case "FAILED_ACTIVATION" -> "Failed Activation";
            case "FORGOTTEN_PASSWORD" -> "Forgotten Password";
            case "LOCKED" -> "Locked";
            default -> status;
        };
    }

    static String permission(String permission) {
        return switch (permission) {
            case "mock" -> "mock results";
            case "highStakes" -> "high-stakes results";
            default -> "mock and high-stakes results";
        };
    }

    static String reason(String reason) {
        return reason.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}

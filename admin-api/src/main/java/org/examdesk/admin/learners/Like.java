package org.examdesk.admin.learners;

import java.util.Locale;

/** LIKE patterns in which the %, _ and ! a user types are plain characters (escape character {@code !}). */
public final class Like {
    private Like() {}

    /** Case-insensitive "contains"; null or blank matches everything. */
    public static String contains(String value) {
        return "%" + escape(value) + "%";
    }

    /** Case-insensitive "starts with"; null or blank matches everything. */
    public static String prefix(String value) {
        return escape(value) + "%";
    }

    private static String escape(String value) {
        if (value == null) {
            return "";
        }
        return value.trim()
                .toLowerCase(Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_");
    }
}

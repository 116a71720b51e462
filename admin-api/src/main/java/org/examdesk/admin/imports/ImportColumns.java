package org.examdesk.admin.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The columns of the import template, in order, and how a header cell is matched to one of them. */
enum ImportColumns {
    FORENAME("Forename", true),
    SURNAME("Surname", true),
    UCI("UCI", true),
    EMAIL("Email", true),
    DATE_OF_BIRTH("Date of birth", true),
    SCHOOL_YEAR("School year", false);

    private final String header;
    private final boolean required;

    ImportColumns(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    String header() {
        return header;
    }

    boolean required() {
        return required;
    }

    /** The template's header line. */
    static List<String> headers() {
        List<String> headers = new ArrayList<>();
        for (ImportColumns c : values()) {
            headers.add(c.header);
        }
        return headers;
    }

    /** The column a header cell names, ignoring case, spaces, underscores and dashes; null when none. */
    static ImportColumns match(String cell) {
        String key = squash(cell);
        for (ImportColumns c : values()) {
            if (squash(c.header).equals(key)) {
                return c;
            }
        }
        return null;
    }

    private static String squash(String s) {
        return s == null ? "" : s.replaceAll("[\\s_\\-\\uFEFF]", "").toLowerCase(Locale.ROOT);
    }
}

package org.examdesk.admin.learners.groups;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.examdesk.admin.web.ApiException;

/**
 * The columns of the learner-group template, and the check of an upload's header line against them: the same
 * columns, in any order, ignoring case and spaces around a name. A renamed, missing, extra, unnamed or repeated
 * column rejects the whole file, naming the column.
 */
enum GroupColumns {
    GIVEN_NAME("Given name"),
    FAMILY_NAME("Family name"),
    DATE_OF_BIRTH("Date of birth"),
    GENDER("Gender"),
    ULN("ULN");

    private final String header;

    GroupColumns(String header) {
        this.header = header;
    }

    String header() {
        return header;
    }

    static List<String> headers() {
        return Arrays.stream(values()).map(GroupColumns::header).toList();
    }

    /** The column this header cell names, or null. */
    static GroupColumns match(String cell) {
        String key = squash(cell);
        for (GroupColumns c : values()) {
            if (squash(c.header).equals(key)) {
                return c;
            }
        }
        return null;
    }

    /**
     * For each template column, where it is in {@code header}; a 422 naming every column at fault otherwise. Empty
     * cells at the end of the header line are not columns.
     */
    static int[] positions(List<String> header) {
        int[] at = new int[values().length];
        Arrays.fill(at, -1);
        List<String> problems = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < width(header); i++) {
            String cell = header.get(i).strip();
            GroupColumns column = match(cell);
            if (cell.isEmpty()) {
                problems.add("column " + letter(i) + " has no name");
            } else if (column == null) {
                unknown.add("'" + cell + "' (column " + letter(i) + ")");
            } else if (at[column.ordinal()] >= 0) {
                problems.add("'" + column.header + "' is there twice (columns " + letter(at[column.ordinal()]) + " and "
                        + letter(i) + ")");
            } else {
                at[column.ordinal()] = i;
            }
        }
        problems.addAll(0, renamedOrMissing(unknown, at));
        if (!problems.isEmpty()) {
            throw ApiException.invalid(
                    "The file's columns are not the template's, so nothing was uploaded: " + String.join("; ", problems)
                            + ". Do not rename, remove or add columns: the template's columns are "
                            + String.join(", ", headers()) + " (GET /api/v1/learner-groups/template.csv).",
                    List.of("file"));
        }
        return at;
    }

    /** The columns not in the template and those missing; one of each is taken as a column renamed. */
    private static List<String> renamedOrMissing(List<String> unknown, int[] at) {
        List<String> missing = new ArrayList<>();
        for (GroupColumns c : values()) {
            if (at[c.ordinal()] < 0) {
                missing.add("'" + c.header + "'");
            }
        }
        if (unknown.size() == 1 && missing.size() == 1) {
            return List.of(unknown.get(0) + " is not a template column: it looks like " + missing.get(0) + " renamed");
        }
        List<String> problems = new ArrayList<>();
        unknown.forEach(u -> problems.add(u + " is not a template column"));
        missing.forEach(m -> problems.add(m + " is missing"));
        return problems;
    }

    /** How many cells of the header line count: up to the last one with a name. */
    static int width(List<String> header) {
        int width = header.size();
        while (width > 0 && header.get(width - 1).isBlank()) {
            width--;
        }
        return width;
    }

    /** A spreadsheet's column letter: A for 0, Z for 25, AA for 26. */
    static String letter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            letters.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return letters.toString();
    }

    private static String squash(String s) {
        return s == null
                ? ""
                : s.replace("\uFEFF", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

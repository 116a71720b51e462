package org.examdesk.admin.students;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.examdesk.admin.web.ApiException;

/**
 * The filters of a student search (domain section 1), read from query parameters and checked: a bad value is a
 * 422 naming the parameter. Values are only ever bound as SQL parameters; {@code sort} is looked up in a fixed
 * list of columns.
 */
record SearchQuery(
        String forename,
        String surname,
        String uci,
        String email,
        LocalDate dob,
        Integer schoolYear,
        LocalDate createdFrom,
        LocalDate createdTo,
        String createdBy,
        boolean createdByMe,
        String permission,
        Set<StudentStatus> statuses,
        String centre,
        int page,
        int size,
        String sortColumn,
        boolean descending) {

    static final Map<String, String> SORTABLE = Map.of(
            "surname",
            "lower(s.surname), lower(s.forename)",
            "forename",
            "lower(s.forename), lower(s.surname)",
            "uci",
            "s.uci",
            "email",
            "lower(s.email)",
            "dob",
            "s.date_of_birth",
            "schoolYear",
            "s.school_year",
            "createdAt",
            "s.created_at",
            "status",
            "s.status");
    static final List<String> PERMISSIONS = List.of("mock", "highStakes", "noMock", "noHighStakes");
    static final int MAX_SIZE = 200;

    static SearchQuery from(Function<String, String> param) {
        Reader r = new Reader(param);
        String sort = r.text("sort") == null ? "surname" : r.text("sort");
        boolean descending = sort.startsWith("-");
        String sortKey = descending ? sort.substring(1) : sort;
        if (!SORTABLE.containsKey(sortKey)) {
            r.errors.add("sort");
        }
        SearchQuery query = new SearchQuery(
                r.text("forename"),
                r.text("surname"),
                r.upper("uci"),
                r.text("email"),
                r.date("dob"),
                r.integer("schoolYear", 1, 20, null),
                r.date("createdFrom"),
                r.date("createdTo"),
                r.text("createdBy"),
                "true".equals(r.oneOf("createdByMe", List.of("true", "false"))),
                r.oneOf("permission", PERMISSIONS),
                r.statuses(),
                r.text("centre"),
                r.integer("page", 1, 1_000_000, 1),
                r.integer("size", 1, MAX_SIZE, 50),
                SORTABLE.getOrDefault(sortKey, SORTABLE.get("surname")),
                descending);
        if (!r.errors.isEmpty()) {
            throw ApiException.invalid(
                    "These search parameters are not valid: " + String.join(", ", r.errors)
                            + ". Dates are yyyy-MM-dd; status is one of " + EnumSet.allOf(StudentStatus.class)
                            + "; createdByMe is true or false; permission is one of " + PERMISSIONS
                            + "; sort is one of " + SORTABLE.keySet()
                            + " (prefix - for descending); size is at most " + MAX_SIZE + ".",
                    r.errors);
        }
        return query;
    }

    /** Reads parameters, collecting the names of the bad ones. */
    private static final class Reader {
        final Function<String, String> param;
        final List<String> errors = new ArrayList<>();

        Reader(Function<String, String> param) {
            this.param = param;
        }

        String text(String name) {
            String value = param.apply(name);
            return value == null || value.isBlank() ? null : value.trim();
        }

        String upper(String name) {
            String value = text(name);
            return value == null ? null : value.toUpperCase(Locale.ROOT);
        }

        LocalDate date(String name) {
            String value = text(name);
            try {
                return value == null ? null : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                errors.add(name);
                return null;
            }
        }

        Integer integer(String name, int min, int max, Integer fallback) {
            String value = text(name);
            if (value == null) {
                return fallback;
            }
            try {
                int parsed = Integer.parseInt(value);
                if (parsed >= min && parsed <= max) {
                    return parsed;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            errors.add(name);
            return fallback;
        }

        String oneOf(String name, List<String> allowed) {
            String value = text(name);
            if (value == null) {
                return null;
            }
            for (String candidate : allowed) {
                if (candidate.equalsIgnoreCase(value)) {
                    return candidate;
                }
            }
            errors.add(name);
            return null;
        }

        Set<StudentStatus> statuses() {
            String value = text("status");
            Set<StudentStatus> statuses = EnumSet.noneOf(StudentStatus.class);
            if (value == null) {
                return statuses;
            }
            for (String part : value.split(",")) {
                try {
                    statuses.add(StudentStatus.valueOf(part.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    errors.add("status");
                    return statuses;
                }
            }
            return statuses;
        }
    }
}

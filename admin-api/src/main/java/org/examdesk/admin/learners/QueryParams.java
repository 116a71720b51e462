package org.examdesk.admin.learners;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.examdesk.admin.web.ApiException;

/** Reads query parameters, collecting the names of the bad ones; {@link #check} refuses them all at once (422). */
public final class QueryParams {
    public static final int MAX_SIZE = 200;

    private final Function<String, String> param;
    private final List<String> errors = new ArrayList<>();

    public QueryParams(Function<String, String> param) {
        this.param = param;
    }

    /** The trimmed value, or null when absent or blank. */
    public String text(String name) {
        String value = param.apply(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A {@code yyyy-MM-dd} date, or null when absent. */
    public LocalDate date(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(name);
            return null;
        }
    }

    /** A whole number from {@code min} to {@code max}, or {@code otherwise} when absent. */
    public int integer(String name, int min, int max, int otherwise) {
        String value = text(name);
        if (value == null) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(name);
        return otherwise;
    }

    /** A positive whole number naming a thing (a learner group), or null when absent. */
    public Long id(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(name);
        return null;
    }

    public int page() {
        return integer("page", 1, 1_000_000, 1);
    }

    public int size() {
        return integer("size", 1, MAX_SIZE, 50);
    }

    /** Marks a parameter bad for a reason found by the caller. */
    public void reject(String name) {
        errors.add(name);
    }

    /** Refuses the request if any parameter was bad, naming them all; {@code hint} says what good values look like. */
    public void check(String hint) {
        if (!errors.isEmpty()) {
            throw ApiException.invalid(
                    "These search parameters are not valid: " + String.join(", ", errors) + ". " + hint, errors);
        }
    }
}

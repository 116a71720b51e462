package org.examdesk.admin.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.examdesk.admin.mail.EmailAddresses;

/**
 * Checks each row on its own and against the rest: required fields, email syntax, date of birth, a 13-character
 * UCI, identical (ignoring case and surrounding spaces) to the centre's exam entry for that UCI, and no
 * duplicate UCI or email in the file or among existing accounts. Every problem of a row is reported.
 */
final class ImportValidator {
    private static final Pattern UCI = Pattern.compile("[A-Z0-9]{13}");

    /** What the centre entered for a candidate. */
    record Entry(String forename, String surname, LocalDate dateOfBirth) {}

    /** A row that passed every check. */
    record Draft(
            int row,
            String forename,
            String surname,
            String uci,
            String email,
            LocalDate dateOfBirth,
            Integer schoolYear) {}

    record Rejected(int row, Map<String, String> values, List<String> errors) {}

    record Result(List<Draft> accepted, List<Rejected> rejected) {}

    /** What the database already holds for this centre, as far as the file's rows touch it. */
    record Known(Map<String, Entry> entries, Set<String> accountUcis, Set<String> accountEmails) {}

    private final DatesOfBirth dates;

    ImportValidator(DatesOfBirth dates) {
        this.dates = dates;
    }

    Result validate(List<ImportRow> rows, Known known) {
        List<Draft> accepted = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        Map<String, Integer> ucisSeen = new HashMap<>();
        Map<String, Integer> emailsSeen = new HashMap<>();
        for (ImportRow row : rows) {
            List<String> errors = new ArrayList<>();
            Draft draft = check(row, known, errors);
            String uci = row.get(ImportColumns.UCI).toUpperCase(Locale.ROOT);
            String email = row.get(ImportColumns.EMAIL).toLowerCase(Locale.ROOT);
            Integer uciRow = uci.isEmpty() ? null : ucisSeen.putIfAbsent(uci, row.row());
            Integer emailRow = email.isEmpty() ? null : emailsSeen.putIfAbsent(email, row.row());
            if (uciRow != null) {
                errors.add("UCI " + uci + " is also on row " + uciRow + ".");
            }
            if (emailRow != null) {
                errors.add("Email " + email + " is also on row " + emailRow + ".");
            }
            if (errors.isEmpty()) {
                accepted.add(draft);
            } else {
                rejected.add(new Rejected(row.row(), values(row), List.copyOf(errors)));
            }
        }
        return new Result(accepted, rejected);
    }

    private Draft check(ImportRow row, Known known, List<String> errors) {
        for (ImportColumns c : ImportColumns.values()) {
            if (c.required() && row.get(c).isEmpty()) {
                errors.add(c.header() + " is required.");
            }
        }
        if (row.extraCells()) {
            errors.add("The row has more cells than the header has columns.");
        }
        String email = row.get(ImportColumns.EMAIL);
        if (!email.isEmpty() && !EmailAddresses.isValid(email)) {
            errors.add("Email '" + email + "' is not a valid address.");
        } else if (known.accountEmails().contains(email.toLowerCase(Locale.ROOT))) {
            errors.add("Email " + email + " is already used by another student account.");
        }
        String dobText = row.get(ImportColumns.DATE_OF_BIRTH);
        LocalDate dob = dobText.isEmpty() ? null : dates.parse(dobText).orElse(null);
        if (!dobText.isEmpty() && dob == null) {
            errors.add("Date of birth '" + dobText + "' is not a date; use dd/MM/yyyy or yyyy-MM-dd.");
        }
        Integer year = schoolYear(row.get(ImportColumns.SCHOOL_YEAR), errors);
        String uci = row.get(ImportColumns.UCI).toUpperCase(Locale.ROOT);
        if (!uci.isEmpty() && !UCI.matcher(uci).matches()) {
            errors.add("UCI '" + uci + "' must be 13 letters and digits (it has " + uci.length() + " characters).");
        } else if (!uci.isEmpty()) {
            if (known.accountUcis().contains(uci)) {
                errors.add("UCI " + uci + " already has a results account at this centre.");
            }
            compareWithEntry(row, known.entries().get(uci), uci, dob, errors);
        }
        return new Draft(
                row.row(), row.get(ImportColumns.FORENAME), row.get(ImportColumns.SURNAME), uci, email, dob, year);
    }

    private static void compareWithEntry(ImportRow row, Entry entry, String uci, LocalDate dob, List<String> errors) {
        if (entry == null) {
            errors.add("No exam entry at this centre has UCI " + uci + ".");
            return;
        }
        same(errors, "Forename", row.get(ImportColumns.FORENAME), entry.forename());
        same(errors, "Surname", row.get(ImportColumns.SURNAME), entry.surname());
        if (dob != null && !dob.equals(entry.dateOfBirth())) {
            errors.add("Date of birth " + dob + " is not the one on the exam entry (" + entry.dateOfBirth() + ").");
        }
    }

    private static void same(List<String> errors, String field, String given, String entered) {
        if (!given.isEmpty() && !given.equalsIgnoreCase(entered.trim())) {
            errors.add(field + " '" + given + "' is not identical to the exam entry ('" + entered + "').");
        }
    }

    private static Integer schoolYear(String text, List<String> errors) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            int year = Integer.parseInt(text);
            if (year >= 1 && year <= 14) {
                return year;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        errors.add("School year '" + text + "' must be a whole number from 1 to 14.");
        return null;
    }

    private static Map<String, String> values(ImportRow row) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ImportColumns c : ImportColumns.values()) {
            values.put(
                    c.header(),
                    row.values().get(c.ordinal()) == null ? "" : row.values().get(c.ordinal()));
        }
        return values;
    }
}

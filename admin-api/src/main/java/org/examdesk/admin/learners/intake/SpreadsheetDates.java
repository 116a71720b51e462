package org.examdesk.admin.learners.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people and spreadsheets write them, day first as in the UK: 2009-05-03, 03/05/2009, 3/5/2009,
 * 03-05-2009, 03.05.2009, 3 May 2009, 3-May-2009, 3rd May 2009, May 3, 2009, with or without a midnight time after
 * them. A two-digit year, a spreadsheet serial number or a day that does not exist is refused with the reason.
 */
final class SpreadsheetDates {
    /** The formats named to the person when a date cannot be read. */
    static final String FORMATS = "dd/MM/yyyy (03/05/2009), yyyy-MM-dd (2009-05-03) or 3 May 2009";

    private static final Pattern TIME = Pattern.compile("\\s+\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{2}|\\d{4})");
    private static final Pattern DAY_MONTH_NAME =
            Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?[\\s\\-/.]*([a-z]+)\\.?[\\s\\-/.,]*(\\d{2}|\\d{4})");
    private static final Pattern MONTH_NAME_DAY =
            Pattern.compile("([a-z]+)\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?[\\s,]+(\\d{2}|\\d{4})");
    private static final Pattern SERIAL = Pattern.compile("\\d{4,6}(\\.0+)?");
    private static final List<String> MONTHS = List.of(
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december");
    private static final Map<String, Integer> SHORT_FORMS = Map.of("sept", 9);

    /** A date read, or why not. */
    record Parsed(LocalDate date, String problem) {
        static Parsed of(LocalDate date) {
            return new Parsed(date, null);
        }

        static Parsed refused(String problem) {
            return new Parsed(null, problem);
        }
    }

    private SpreadsheetDates() {}

    static Parsed parse(String text) {
        String value = TIME.matcher(text.trim()).replaceFirst("").toLowerCase(Locale.ROOT);
        Matcher m;
        if ((m = YEAR_FIRST.matcher(value)).matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        if ((m = DAY_FIRST.matcher(value)).matches()) {
            return date(m.group(3), m.group(2), m.group(1));
        }
        if ((m = DAY_MONTH_NAME.matcher(value)).matches()) {
            return named(m.group(3), m.group(2), m.group(1));
        }
        if ((m = MONTH_NAME_DAY.matcher(value)).matches()) {
            return named(m.group(3), m.group(1), m.group(2));
        }
        if (SERIAL.matcher(value).matches()) {
            return Parsed.refused("looks like a spreadsheet's serial day number, not a date: format the column as a "
                    + "date, or write it as " + FORMATS);
        }
        return Parsed.refused("is not a date: write it as " + FORMATS);
    }

    private static Parsed named(String year, String monthName, String day) {
        int month = month(monthName);
        if (month < 0) {
            return Parsed.refused("does not name a month we know: write it as " + FORMATS);
        }
        return date(year, String.valueOf(month), day);
    }

    private static Parsed date(String year, String month, String day) {
        if (year.length() == 2) {
            return Parsed.refused("has a two-digit year: give all four digits, as in " + FORMATS);
        }
        try {
            return Parsed.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Parsed.refused("is not a day of the calendar (dates are day first, then month: " + FORMATS + ")");
        }
    }

    /** 1 to 12 for a month's name or its first three letters (and "sept"), -1 otherwise. */
    private static int month(String name) {
        if (SHORT_FORMS.containsKey(name)) {
            return SHORT_FORMS.get(name);
        }
        for (int i = 0; i < MONTHS.size(); i++) {
            String full = MONTHS.get(i);
            if (name.equals(full) || name.length() == 3 && full.startsWith(name)) {
                return i + 1;
            }
        }
        return -1;
    }
}

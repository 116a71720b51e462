package org.examdesk.bot.flows.learners;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.examdesk.bot.engine.Entities;

/**
 * Dates as people type them in the UK, with their place in the text (so the rest can be read for a name): day first
 * in figures ({@code 3/5/2009}, {@code 03.05.09}), ISO ({@code 2009-05-03}), or with the month in words
 * ({@code 3 May 2009}, {@code 3rd of may 09}, {@code May 3, 2009}, {@code 1 Sept 2026}). A date that does not exist
 * (31 June) is not a date.
 */
final class Dates {
    /** A date found in a text, and where. */
    record Found(LocalDate date, int start, int end) {}

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final String MONTH =
            "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
                    + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "(\\d{4}|\\d{2})";
    private static final Pattern NUMERIC =
            Pattern.compile("\\b(\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2})\\b");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b" + DAY + "(?:\\s+of)?\\s+" + MONTH + "\\.?,?\\s+" + YEAR + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY =
            Pattern.compile("\\b" + MONTH + "\\.?\\s+" + DAY + ",?\\s+" + YEAR + "\\b", Pattern.CASE_INSENSITIVE);
    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private Dates() {}

    /** Every date in {@code text}, in the order they appear. */
    static List<Found> in(String text) {
        List<Found> found = new ArrayList<>();
        Matcher numeric = NUMERIC.matcher(text);
        while (numeric.find()) {
            Entities.parseDate(numeric.group(1))
                    .ifPresent(d -> found.add(new Found(d, numeric.start(), numeric.end())));
        }
        Matcher dayMonth = DAY_MONTH.matcher(text);
        while (dayMonth.find()) {
            of(dayMonth.group(1), dayMonth.group(2), dayMonth.group(3))
                    .ifPresent(d -> found.add(new Found(d, dayMonth.start(), dayMonth.end())));
        }
        Matcher monthDay = MONTH_DAY.matcher(text);
        while (monthDay.find()) {
            of(monthDay.group(2), monthDay.group(1), monthDay.group(3))
                    .ifPresent(d -> found.add(new Found(d, monthDay.start(), monthDay.end())));
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Found> apart = new ArrayList<>();
        for (Found f : found) {
            if (apart.isEmpty() || f.start() >= apart.get(apart.size() - 1).end()) {
                apart.add(f);
            }
        }
        return apart;
    }

    /** The text with its dates taken out (so that "3 May" is not read as someone called May). */
    static String without(String text) {
        StringBuilder rest = new StringBuilder(text);
        List<Found> all = in(text);
        for (int i = all.size() - 1; i >= 0; i--) {
            rest.replace(all.get(i).start(), all.get(i).end(), " ");
        }
        return rest.toString();
    }

    /** The one date in {@code text}, if there is exactly one. */
    static Optional<LocalDate> only(String text) {
        List<Found> all = in(text);
        return all.size() == 1 ? Optional.of(all.get(0).date()) : Optional.empty();
    }

    /** A date as the bot writes it: 3 May 2009. */
    static String show(LocalDate date) {
        return date == null ? "unknown" : date.format(UK);
    }

    private static Optional<LocalDate> of(String day, String month, String year) {
        int y = Integer.parseInt(year);
        if (year.length() == 2) {
            y += 2000;
        }
        int m = MONTHS.indexOf(month.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
        try {
            return Optional.of(LocalDate.of(y, m, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}

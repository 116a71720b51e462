package org.examdesk.bot.flows.learners;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times as people say them about tests and awards, read against today (the engine's clock, UK time):
 * "tomorrow at 10", "Friday 2pm", "next Monday", "14 January at 10am", "1 September", "half nine", besides the full
 * dates {@link Dates} reads. A date without a year is the next one for a test ({@code past} false) and the latest one
 * for an award date ({@code past} true). A time without am or pm from 1 to 6 is in the afternoon.
 */
final class When {
    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final String MONTH =
            "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
                    + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(today|tonight|(?:the\\s+)?day\\s+after\\s+tomorrow|tomorrow|tmrw|tmr)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:(next|this|on)\\s+)?(monday|mon|tuesday|tues|tue|wednesday|weds|wed|thursday|thurs|thur|thu|friday|fri"
                    + "|saturday|sunday)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+" + MONTH + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY =
            Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOCK =
            Pattern.compile("\\b(\\d{1,2})[:.](\\d{2})\\s*(am|pm)?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HOUR = Pattern.compile("\\b(\\d{1,2})\\s*(am|pm)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AT = Pattern.compile("\\bat\\s+(\\d{1,2})\\b(?![:./]\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HALF = Pattern.compile(
            "\\bhalf\\s+(?:past\\s+)?(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOON = Pattern.compile("\\b(noon|midday)\\b", Pattern.CASE_INSENSITIVE);
    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static final List<String> NUMBERS =
            List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");
    private static final List<Pattern> ALL =
            List.of(RELATIVE, WEEKDAY, DAY_MONTH, MONTH_DAY, CLOCK, HOUR, AT, HALF, NOON);

    private When() {}

    /** The date {@code text} names, read against {@code today}. */
    static Optional<LocalDate> date(String text, LocalDate today, boolean past) {
        Optional<LocalDate> full =
                Dates.in(text).stream().map(Dates.Found::date).findFirst();
        if (full.isPresent()) {
            return full;
        }
        Matcher relative = RELATIVE.matcher(text);
        if (relative.find()) {
            String word = relative.group(1).toLowerCase(Locale.ROOT);
            return Optional.of(
                    word.startsWith("today") || word.equals("tonight")
                            ? today
                            : word.contains("after") ? today.plusDays(2) : today.plusDays(1));
        }
        Matcher dayMonth = DAY_MONTH.matcher(text);
        if (dayMonth.find()) {
            return dayOf(dayMonth.group(1), dayMonth.group(2), today, past);
        }
        Matcher monthDay = MONTH_DAY.matcher(text);
        if (monthDay.find()) {
            return dayOf(monthDay.group(2), monthDay.group(1), today, past);
        }
        Matcher weekday = WEEKDAY.matcher(text);
        if (weekday.find()) {
            DayOfWeek day = weekday(weekday.group(2));
            LocalDate d = today.plusDays(1);
            while (d.getDayOfWeek() != day) {
                d = d.plusDays(1);
            }
            return Optional.of(past ? d.minusWeeks(1) : d);
        }
        return Optional.empty();
    }

    /** The time of day {@code text} names. */
    static Optional<LocalTime> time(String text) {
        Matcher clock = CLOCK.matcher(text);
        if (clock.find()) {
            return of(Integer.parseInt(clock.group(1)), Integer.parseInt(clock.group(2)), clock.group(3));
        }
        Matcher hour = HOUR.matcher(text);
        if (hour.find()) {
            return of(Integer.parseInt(hour.group(1)), 0, hour.group(2));
        }
        Matcher half = HALF.matcher(text);
        if (half.find()) {
            String h = half.group(1).toLowerCase(Locale.ROOT);
            return of(h.matches("\\d+") ? Integer.parseInt(h) : NUMBERS.indexOf(h) + 1, 30, null);
        }
        Matcher at = AT.matcher(text);
        if (at.find()) {
            return of(Integer.parseInt(at.group(1)), 0, null);
        }
        return NOON.matcher(text).find() ? Optional.of(LocalTime.NOON) : Optional.empty();
    }

    /** {@code text} without its dates and times, so that "Friday" or "May" is not read as a name. */
    static String without(String text) {
        String rest = Dates.without(text);
        for (Pattern p : ALL) {
            rest = p.matcher(rest).replaceAll(" ");
        }
        return rest;
    }

    /** "Friday 4 December 2026". */
    static String show(LocalDate date) {
        return date.format(SHOWN);
    }

    /** "Friday 4 December 2026 at 14:00". */
    static String show(LocalDate date, LocalTime time) {
        return show(date) + " at " + time;
    }

    private static Optional<LocalTime> of(int hour, int minute, String half) {
        int h = hour;
        if (half == null && h >= 1 && h <= 6) {
            h += 12;
        } else if (half != null && half.equalsIgnoreCase("pm") && h < 12) {
            h += 12;
        } else if (half != null && half.equalsIgnoreCase("am") && h == 12) {
            h = 0;
        }
        try {
            return Optional.of(LocalTime.of(h, minute));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> dayOf(String day, String month, LocalDate today, boolean past) {
        int m = MONTHS.indexOf(month.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
        try {
            LocalDate d = LocalDate.of(today.getYear(), m, Integer.parseInt(day));
            if (!past && d.isBefore(today)) {
                d = d.plusYears(1);
            } else if (past && d.isAfter(today)) {
                d = d.minusYears(1);
            }
            return Optional.of(d);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static DayOfWeek weekday(String word) {
        String w = word.substring(0, 3).toLowerCase(Locale.ROOT);
        return switch (w) {
            case "mon" -> DayOfWeek.MONDAY;
            case "tue" -> DayOfWeek.TUESDAY;
            case "wed" -> DayOfWeek.WEDNESDAY;
            case "thu" -> DayOfWeek.THURSDAY;
            case "fri" -> DayOfWeek.FRIDAY;
            case "sat" -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        };
    }
}

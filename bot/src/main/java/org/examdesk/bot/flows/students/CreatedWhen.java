package org.examdesk.bot.flows.students;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.examdesk.bot.engine.Entities;

/**
 * When accounts were created, as staff say it, read against today: "today", "yesterday", "this week", "last week",
 * "this month", "last month", "since 1 November", "since monday", "in October", "on 3/11/2026". A month or day
 * without a year is the latest one not after today. Each phrase found is one range; the caller refuses two.
 */
final class CreatedWhen {
    /** A range of creation days, both ends included; either end may be open (null). */
    record Range(LocalDate from, LocalDate to) {}

    private static final String MONTH =
            "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
                    + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String DAY = "(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+" + MONTH
            + "(?:\\s+(\\d{4}))?|(\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2})";
    private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final Pattern RELATIVE =
            Pattern.compile("\\b(today|yesterday|(?:this|last|past)\\s+(?:week|month))\\b");
    private static final Pattern SINCE_DAY = Pattern.compile("\\b(?:since|from|after)\\s+(?:" + DAY + ")");
    private static final Pattern SINCE_WEEKDAY = Pattern.compile("\\b(?:since|from)\\s+(?:last\\s+)?" + WEEKDAY);
    private static final Pattern ON_DAY = Pattern.compile("\\b(?:on|created|added|made)\\s+(?:" + DAY + ")");
    private static final Pattern IN_MONTH =
            Pattern.compile("\\b(?:in|during|since|from)\\s+(?:the\\s+month\\s+of\\s+)?" + MONTH + "\\b(?!\\s+\\d)");

    private CreatedWhen() {}

    /** Every creation range the lower-cased {@code text} names (empty when none), against {@code today}. */
    static List<Range> read(String text, LocalDate today) {
        List<Range> found = new ArrayList<>();
        String rest = text;
        Matcher m = SINCE_DAY.matcher(rest);
        while (m.find()) {
            day(m, today).ifPresent(d -> found.add(new Range(d, null)));
        }
        rest = SINCE_DAY.matcher(rest).replaceAll(" ");
        m = SINCE_WEEKDAY.matcher(rest);
        while (m.find()) {
            DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            found.add(new Range(today.with(TemporalAdjusters.previousOrSame(day)), null));
        }
        rest = SINCE_WEEKDAY.matcher(rest).replaceAll(" ");
        m = IN_MONTH.matcher(rest);
        while (m.find()) {
            YearMonth month = latest(month(m.group(1)), today);
            found.add(new Range(month.atDay(1), month.atEndOfMonth()));
        }
        rest = IN_MONTH.matcher(rest).replaceAll(" ");
        m = ON_DAY.matcher(rest);
        while (m.find()) {
            day(m, today).ifPresent(d -> found.add(new Range(d, d)));
        }
        m = RELATIVE.matcher(rest);
        while (m.find()) {
            found.add(relative(m.group(1).replaceAll("\\s+", " "), today));
        }
        return found;
    }

    private static Range relative(String words, LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return switch (words) {
            case "today" -> new Range(today, today);
            case "yesterday" -> new Range(today.minusDays(1), today.minusDays(1));
            case "this week" -> new Range(monday, today);
            case "last week" -> new Range(monday.minusWeeks(1), monday.minusDays(1));
            case "past week" -> new Range(today.minusDays(6), today);
            case "this month" -> new Range(today.withDayOfMonth(1), today);
            case "past month" -> new Range(today.minusMonths(1).plusDays(1), today);
            default -> { // last month
                YearMonth last = YearMonth.from(today).minusMonths(1);
                yield new Range(last.atDay(1), last.atEndOfMonth());
            }
        };
    }

    /** The day a {@link #DAY} match names: day and month (a year, or the latest such day), or a typed date. */
    private static Optional<LocalDate> day(Matcher m, LocalDate today) {
        if (m.group(4) != null) {
            return Entities.parseDate(m.group(4));
        }
        Month month = month(m.group(2));
        int dayOfMonth = Integer.parseInt(m.group(1));
        if (dayOfMonth < 1 || dayOfMonth > month.maxLength()) {
            return Optional.empty();
        }
        if (m.group(3) != null) {
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(3)), month);
            return ym.isValidDay(dayOfMonth) ? Optional.of(ym.atDay(dayOfMonth)) : Optional.empty();
        }
        for (int back = 0; back < 8; back++) {
            YearMonth ym = YearMonth.of(today.getYear() - back, month);
            if (ym.isValidDay(dayOfMonth) && !ym.atDay(dayOfMonth).isAfter(today)) {
                return Optional.of(ym.atDay(dayOfMonth));
            }
        }
        return Optional.empty();
    }

    private static YearMonth latest(Month month, LocalDate today) {
        YearMonth ym = YearMonth.of(today.getYear(), month);
        return ym.isAfter(YearMonth.from(today)) ? ym.minusYears(1) : ym;
    }

    private static Month month(String word) {
        String three = word.substring(0, 3);
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(three)) {
                return m;
            }
        }
        throw new IllegalArgumentException(word);
    }
}

package org.examdesk.bot.flows.cases;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The bank holidays of England and Wales, worked out for any year by the standing rules: New Year's Day, Good
 * Friday, Easter Monday, the first and last Mondays of May, the last Monday of August, Christmas Day and Boxing
 * Day, each moved to the next working day when it falls at a weekend. One-off holidays proclaimed for an event are
 * not included.
 */
final class BankHolidays {
    private BankHolidays() {
    }

    static boolean isHoliday(LocalDate date) {
        return of(date.getYear()).contains(date);
    }

    static Set<LocalDate> of(int year) {
        Set<LocalDate> days = new LinkedHashSet<>();
        days.add(substitute(LocalDate.of(year, Month.JANUARY, 1)));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
        LocalDate christmasOff = substitute(christmas);
        days.add(christmasOff);
        LocalDate boxing = substitute(christmas.plusDays(1));
        days.add(boxing.equals(christmasOff) ? boxing.plusDays(1) : boxing);
        return days;
    }

    private static LocalDate substitute(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}

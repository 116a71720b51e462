package org.examdesk.admin.cases;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;

/**
 * Counts response targets in working days: Monday to Friday, not a bank holiday, within business hours.
 * A target of N working days is N full business days of business time from the moment the case arrived (or
 * from the next opening, when it arrived out of hours). Created Friday 10:00 with 2 days: due Tuesday 10:00;
 * created Friday 18:00: due Tuesday at closing.
 */
public final class WorkingCalendar {
    private final Set<LocalDate> holidays;
    private final LocalTime opens;
    private final LocalTime closes;
    private final ZoneId zone;

    WorkingCalendar(Set<LocalDate> holidays, LocalTime opens, LocalTime closes, ZoneId zone) {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("Business hours must open before they close: " + opens + "-" + closes);
        }
        this.holidays = Set.copyOf(holidays);
        this.opens = opens;
        this.closes = closes;
        this.zone = zone;
    }

    boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** Whether {@code at} falls within business hours on a working day. */
    boolean isOpen(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        return isWorkingDay(local.toLocalDate()) && !time.isBefore(opens) && time.isBefore(closes);
    }

    /** When a target of {@code workingDays} set at {@code start} falls due. */
    public Instant dueAt(Instant start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("A target cannot be negative: " + workingDays);
        }
        ZonedDateTime cursor = firstBusinessMoment(start.atZone(zone));
        Duration remaining = Duration.between(opens, closes).multipliedBy(workingDays);
        while (true) {
            Duration available = Duration.between(cursor.toLocalTime(), closes);
            if (remaining.compareTo(available) <= 0) {
                return cursor.plus(remaining).toInstant();
            }
            remaining = remaining.minus(available);
            cursor = nextWorkingDay(cursor.toLocalDate()).atTime(opens).atZone(zone);
        }
    }

    private ZonedDateTime firstBusinessMoment(ZonedDateTime at) {
        LocalDate day = at.toLocalDate();
        LocalTime time = at.toLocalTime();
        if (isWorkingDay(day) && time.isBefore(closes)) {
            return time.isBefore(opens) ? day.atTime(opens).atZone(zone) : at;
        }
        return nextWorkingDay(day).atTime(opens).atZone(zone);
    }

    private LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** Reads one ISO date a line; blank lines and text after {@code #} are ignored. */
    static Set<LocalDate> readHolidays(InputStream in, String source) {
        Set<LocalDate> days = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = line.replaceFirst("#.*", "").strip();
                if (text.isEmpty()) {
                    continue;
                }
                try {
                    days.add(LocalDate.parse(text));
                } catch (DateTimeParseException e) {
                    throw new IllegalStateException(
                            source + " line " + number + ": '" + text + "' is not a date like 2026-12-25.", e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return days;
    }
}

package org.examdesk.bot.flows.cases;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * When agents are available for live chat: working days (not weekends, not the bank holidays that response
 * targets skip too) between opening and closing time, in one time zone.
 */
public record ChatHours(Clock clock, LocalTime opens, LocalTime closes, ZoneId zone, Set<LocalDate> holidays) {
    public ChatHours {
        holidays = Set.copyOf(holidays);
    }

    public boolean openNow() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
        boolean weekday = now.getDayOfWeek() != DayOfWeek.SATURDAY
                && now.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(now.toLocalDate());
        LocalTime time = now.toLocalTime();
        return weekday && !time.isBefore(opens) && time.isBefore(closes);
    }

    public String describe() {
        return "Monday to Friday except bank holidays, " + opens + " to " + closes + " (" + zone.getId() + " time)";
    }
}

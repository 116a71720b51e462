package org.examdesk.bot.flows.cases;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When agents are available for live chat: working days (not weekends, not bank holidays in England and Wales)
 * between opening and closing time, in one time zone.
 */
public record ChatHours(Clock clock, LocalTime opens, LocalTime closes, ZoneId zone) {
    public boolean openNow() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
        boolean weekday = now.getDayOfWeek() != DayOfWeek.SATURDAY && now.getDayOfWeek() != DayOfWeek.SUNDAY
                && !BankHolidays.isHoliday(now.toLocalDate());
        LocalTime time = now.toLocalTime();
        return weekday && !time.isBefore(opens) && time.isBefore(closes);
    }

    public String describe() {
        return "Monday to Friday except bank holidays, " + opens + " to " + closes + " (" + zone.getId() + " time)";
    }
}

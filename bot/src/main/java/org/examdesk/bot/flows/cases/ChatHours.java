package org.examdesk.bot.flows.cases;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** When agents are available for live chat: working days between opening and closing time, in one time zone. */
public record ChatHours(Clock clock, LocalTime opens, LocalTime closes, ZoneId zone) {
    public boolean openNow() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
        boolean weekday = now.getDayOfWeek() != DayOfWeek.SATURDAY && now.getDayOfWeek() != DayOfWeek.SUNDAY;
        LocalTime time = now.toLocalTime();
        return weekday && !time.isBefore(opens) && time.isBefore(closes);
    }

    public String describe() {
        return "Monday to Friday, " + opens + " to " + closes + " (" + zone.getId() + " time)";
    }
}

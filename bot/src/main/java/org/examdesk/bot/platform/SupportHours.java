package org.examdesk.bot.platform;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * How the support desk works, as configured: business hours (over which response targets and chat opening are
 * counted) and their time zone, the phone number shown for call cases when the queue has none, and how long a call
 * case waits for a call before it closes itself. The wiring class hands them to the admin API's cases feature.
 */
public record SupportHours(
        LocalTime opens, LocalTime closes, ZoneId zone, String supportPhone, Duration callCaseTimeout) {}

package org.examdesk.admin.cases;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Settings of the cases feature: business hours (over which response targets and chat opening are counted),
 * their time zone, the phone number shown for call cases when the queue has none, and how long a call case
 * waits for a call before it closes itself.
 */
public record CaseSettings(
        LocalTime opens, LocalTime closes, ZoneId zone, String supportPhone, Duration callCaseTimeout) {
    public CaseSettings {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("Business hours must open before they close.");
        }
    }

    public static CaseSettings defaults() {
        return new CaseSettings(
                LocalTime.of(9, 0),
                LocalTime.of(17, 0),
                ZoneId.of("Europe/London"),
                "(phone number not configured)",
                Duration.ofHours(24));
    }
}

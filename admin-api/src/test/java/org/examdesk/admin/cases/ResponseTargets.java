package org.examdesk.admin.cases;

import java.time.Clock;
import java.time.Instant;
import org.examdesk.admin.web.Json;

/**
 * For tests in other modules: when a response target falls due by the shipped working calendar (business hours
 * in London, weekends and the bank holidays of {@code cases/bank-holidays.txt}), so a test can say what due date
 * a person should be shown.
 */
public final class ResponseTargets {
    private static final WorkingCalendar CALENDAR = Cases.deps(
                    null, Clock.systemUTC(), Json.mapper(), CaseSettings.defaults())
            .calendar();

    private ResponseTargets() {}

    public static Instant dueAt(Instant arrived, int workingDays) {
        return CALENDAR.dueAt(arrived, workingDays);
    }
}

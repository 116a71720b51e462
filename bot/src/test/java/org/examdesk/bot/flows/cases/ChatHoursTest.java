package org.examdesk.bot.flows.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.examdesk.admin.cases.Cases;
import org.junit.jupiter.api.Test;

class ChatHoursTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static ChatHours at(String instant) {
        return new ChatHours(
                Clock.fixed(Instant.parse(instant), LONDON),
                LocalTime.of(9, 0),
                LocalTime.of(17, 0),
                LONDON,
                Cases.bankHolidays());
    }

    @Test
    void open_on_a_working_day_in_hours_closed_outside_them() {
        assertThat(at("2026-12-03T10:00:00Z").openNow()).isTrue();
        assertThat(at("2026-12-03T18:00:00Z").openNow()).isFalse();
        assertThat(at("2026-12-05T10:00:00Z").openNow()).isFalse(); // Saturday
    }

    @Test
    void closed_on_the_bank_holidays_response_targets_skip_including_substitute_days() {
        assertThat(at("2026-12-25T10:00:00Z").openNow()).isFalse();
        assertThat(at("2026-12-28T10:00:00Z").openNow()).isFalse(); // Boxing Day falls on a Saturday
        assertThat(at("2026-04-03T09:30:00Z").openNow()).isFalse(); // Good Friday
        assertThat(at("2026-05-25T10:00:00Z").openNow()).isFalse(); // spring bank holiday
        assertThat(at("2026-12-29T10:00:00Z").openNow()).isTrue();
    }

    @Test
    void the_calendar_covers_the_years_ahead_with_their_substitute_days() {
        assertThat(at("2028-01-03T10:00:00Z").openNow()).isFalse(); // New Year's Day falls on a Saturday
        assertThat(at("2028-01-04T10:00:00Z").openNow()).isTrue();
        assertThat(at("2029-03-30T10:00:00Z").openNow()).isFalse(); // Good Friday
        assertThat(at("2030-08-26T10:00:00Z").openNow()).isFalse(); // summer bank holiday
        assertThat(at("2030-12-26T10:00:00Z").openNow()).isFalse(); // Boxing Day
        assertThat(at("2030-12-27T10:00:00Z").openNow()).isTrue();
    }
}

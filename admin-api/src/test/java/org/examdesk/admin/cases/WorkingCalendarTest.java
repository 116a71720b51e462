package org.examdesk.admin.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final WorkingCalendar calendar = new WorkingCalendar(
            WorkingCalendar.readHolidays(Cases.class.getClassLoader().getResourceAsStream(Cases.BANK_HOLIDAYS), "test"),
            LocalTime.of(9, 0),
            LocalTime.of(17, 0),
            LONDON);

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }

    @Test
    void two_days_from_a_tuesday_morning_fall_on_thursday_at_the_same_time() {
        assertThat(calendar.dueAt(london("2026-06-02T10:30"), 2)).isEqualTo(london("2026-06-04T10:30"));
    }

    @Test
    void a_target_set_on_friday_skips_the_weekend() {
        assertThat(calendar.dueAt(london("2026-06-05T14:00"), 2)).isEqualTo(london("2026-06-09T14:00"));
    }

    @Test
    void a_target_skips_a_weekend_and_the_early_may_bank_holiday() {
        // Friday 1 May 2026; Monday 4 May is a bank holiday
        assertThat(calendar.dueAt(london("2026-05-01T10:00"), 2)).isEqualTo(london("2026-05-06T10:00"));
    }

    @Test
    void a_case_arriving_after_hours_starts_counting_at_the_next_opening_and_falls_due_at_closing() {
        assertThat(calendar.dueAt(london("2026-06-05T18:00"), 2)).isEqualTo(london("2026-06-09T17:00"));
        assertThat(calendar.dueAt(london("2026-06-08T07:00"), 1)).isEqualTo(london("2026-06-08T17:00"));
    }

    @Test
    void easter_and_christmas_are_not_working_days() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 3))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 6))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 12, 28))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 7))).isTrue();
        // Thursday 24 December 2026 + 2 days: skips Christmas, the weekend and the Boxing Day substitute
        assertThat(calendar.dueAt(london("2026-12-24T11:00"), 2)).isEqualTo(london("2026-12-30T11:00"));
    }

    @Test
    void ten_working_days_are_two_weeks_when_no_holiday_intervenes() {
        assertThat(calendar.dueAt(london("2026-06-10T09:00"), 10)).isEqualTo(london("2026-06-23T17:00"));
    }

    @Test
    void business_hours_decide_whether_chat_is_open() {
        assertThat(calendar.isOpen(london("2026-06-10T09:00"))).isTrue();
        assertThat(calendar.isOpen(london("2026-06-10T17:00"))).isFalse();
        assertThat(calendar.isOpen(london("2026-06-13T12:00"))).isFalse();
    }

    @Test
    void a_bad_line_in_the_holiday_file_is_reported_with_its_line_number() {
        var in = new ByteArrayInputStream("2026-01-01\n# note\n2026-13-01\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> WorkingCalendar.readHolidays(in, "holidays.txt"))
                .hasMessageContaining("holidays.txt line 3");
    }

    @Test
    void hours_must_open_before_they_close() {
        assertThatThrownBy(() -> new WorkingCalendar(Set.of(), LocalTime.of(17, 0), LocalTime.of(9, 0), LONDON))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

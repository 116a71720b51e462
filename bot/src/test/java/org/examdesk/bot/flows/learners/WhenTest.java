package org.examdesk.bot.flows.learners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** Dates and times of tests and awards read against a fixed today, Monday 30 November 2026. */
class WhenTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void tomorrow_at_10_is_tuesday_morning() {
        String text = "book Chloe and Amir onscreen for unit 3 tomorrow at 10 with extra time for Chloe";

        assertThat(When.date(text, TODAY, false)).contains(LocalDate.of(2026, 12, 1));
        assertThat(When.time(text)).contains(LocalTime.of(10, 0));
    }

    @Test
    void friday_2pm_is_the_coming_friday_in_the_afternoon() {
        assertThat(When.date("move Amir's test to Friday 2pm", TODAY, false)).contains(LocalDate.of(2026, 12, 4));
        assertThat(When.time("move Amir's test to Friday 2pm")).contains(LocalTime.of(14, 0));
    }

    @Test
    void next_monday_is_the_first_monday_after_today() {
        assertThat(When.date("book a paper test for next Monday", TODAY, false)).contains(LocalDate.of(2026, 12, 7));
        assertThat(When.time("book a paper test for next Monday")).isEmpty();
    }

    @Test
    void a_day_and_month_without_a_year_is_the_next_for_a_test_and_the_last_for_an_award() {
        assertThat(When.date("on 14 January at 10am", TODAY, false)).contains(LocalDate.of(2027, 1, 14));
        assertThat(When.date("backdated to 1 September", TODAY, true)).contains(LocalDate.of(2026, 9, 1));
        assertThat(When.date("backdated to 1 December", TODAY, true)).contains(LocalDate.of(2025, 12, 1));
    }

    @Test
    void times_are_read_in_their_usual_forms_and_small_hours_without_am_or_pm_are_afternoons() {
        assertThat(When.time("at half nine")).contains(LocalTime.of(9, 30));
        assertThat(When.time("14:30")).contains(LocalTime.of(14, 30));
        assertThat(When.time("at 2")).contains(LocalTime.of(14, 0));
        assertThat(When.time("12pm")).contains(LocalTime.NOON);
        assertThat(When.time("at noon")).contains(LocalTime.NOON);
        assertThat(When.time("unit 3 tomorrow")).isEmpty();
    }

    @Test
    void dates_and_times_are_taken_out_of_the_words_left_for_names() {
        assertThat(When.without("move May Lee's test to Friday 2pm").trim()).isEqualTo("move May Lee's test to");
    }
}

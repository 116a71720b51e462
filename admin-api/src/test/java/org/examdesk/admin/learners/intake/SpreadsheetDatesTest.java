package org.examdesk.admin.learners.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetDatesTest {
    private static final LocalDate THIRD_OF_MAY = LocalDate.of(2009, 5, 3);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2009-05-03",
                "03/05/2009",
                "3/5/2009",
                "03-05-2009",
                "3 May 2009",
                "03.05.2009",
                "2009/05/03",
                "3-May-2009",
                "3rd May 2009",
                "3 may 2009",
                "03 MAY 2009",
                "May 3, 2009",
                "3 May, 2009",
                "03/05/2009 00:00",
                "03/05/2009 00:00:00",
                " 3/5/2009 "
            })
    void the_third_of_may_2009_is_read_in_every_common_spreadsheet_format(String text) {
        SpreadsheetDates.Parsed parsed = SpreadsheetDates.parse(text);

        assertThat(parsed.problem()).isNull();
        assertThat(parsed.date()).isEqualTo(THIRD_OF_MAY);
    }

    @Test
    void dates_are_day_first_as_in_the_uk() {
        assertThat(SpreadsheetDates.parse("05/03/2009").date()).isEqualTo(LocalDate.of(2009, 3, 5));
    }

    @Test
    void month_names_may_be_short_or_long_and_september_may_be_sept() {
        assertThat(SpreadsheetDates.parse("14 Feb 2010").date()).isEqualTo(LocalDate.of(2010, 2, 14));
        assertThat(SpreadsheetDates.parse("14 February 2010").date()).isEqualTo(LocalDate.of(2010, 2, 14));
        assertThat(SpreadsheetDates.parse("1 Sept 2010").date()).isEqualTo(LocalDate.of(2010, 9, 1));
    }

    @Test
    void a_day_that_is_not_in_the_calendar_is_refused_with_day_first_explained() {
        SpreadsheetDates.Parsed feb31 = SpreadsheetDates.parse("31/02/2010");
        SpreadsheetDates.Parsed american = SpreadsheetDates.parse("05/13/2009");

        assertThat(feb31.date()).isNull();
        assertThat(feb31.problem()).contains("not a day of the calendar");
        assertThat(american.problem()).contains("day first");
    }

    @Test
    void a_two_digit_year_is_refused_rather_than_guessed() {
        SpreadsheetDates.Parsed parsed = SpreadsheetDates.parse("03/05/09");

        assertThat(parsed.date()).isNull();
        assertThat(parsed.problem()).contains("two-digit year");
    }

    @Test
    void a_spreadsheet_serial_number_in_a_csv_is_named_as_such() {
        assertThat(SpreadsheetDates.parse("39936").problem()).contains("serial day number");
    }

    @Test
    void text_that_is_no_date_and_an_unknown_month_are_refused_naming_the_formats() {
        assertThat(SpreadsheetDates.parse("next Tuesday").problem()).contains("03/05/2009");
        assertThat(SpreadsheetDates.parse("3 Maybe 2009").problem()).contains("month");
        assertThat(SpreadsheetDates.parse("=DATE(2009,5,3)").date()).isNull();
    }
}

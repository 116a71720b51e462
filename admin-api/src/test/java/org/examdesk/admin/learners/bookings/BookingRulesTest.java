package org.examdesk.admin.learners.bookings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.examdesk.admin.web.ApiException;
import org.junit.jupiter.api.Test;

class BookingRulesTest {
    private static final Instant NOW = Instant.parse("2026-11-30T09:00:30Z");

    private static BookingRequest request(String delivery, String mode, String date, String time) {
        return new BookingRequest(
                "603/0457/3", "U2", delivery, mode, date, time, List.of(new BookingRequest.Learner(1L, null, null)));
    }

    private static BookingDao.Row row(Instant startsAt, String status, Instant takenAt) {
        return new BookingDao.Row(
                1,
                1,
                1,
                1,
                "L1",
                "Tom",
                "Ashworth",
                "603/0457/3",
                "Business",
                "U2",
                "Marketing",
                "ONSCREEN",
                "OFFLINE",
                0,
                startsAt,
                status,
                takenAt,
                1);
    }

    @Test
    void an_onscreen_test_two_hours_ahead_is_allowed_and_one_minute_less_is_refused_naming_the_earliest_minute() {
        BookingRules.Checked ok = BookingRules.check(request("onscreen", "online", "2026-11-30", "11:01"), NOW);

        assertThat(ok.startsAt()).isEqualTo(Instant.parse("2026-11-30T11:01:00Z"));
        assertThat(ok.mode()).isEqualTo("ONLINE");
        assertThatThrownBy(() -> BookingRules.check(request("ONSCREEN", "ONLINE", "2026-11-30", "11:00"), NOW))
                .hasMessageContaining("2 hours")
                .hasMessageContaining("Monday 30 November 2026 at 11:01");
    }

    @Test
    void a_paper_test_needs_twelve_days_in_uk_time() {
        Instant summer = Instant.parse("2027-06-01T08:00:00Z");

        assertThat(BookingRules.earliest("PAPER", summer)).isEqualTo(Instant.parse("2027-06-13T08:00:00Z"));
        assertThatThrownBy(() -> BookingRules.check(request("PAPER", null, "2027-06-13", "08:59"), summer))
                .hasMessageContaining("12 days")
                .hasMessageContaining("Sunday 13 June 2027 at 09:00");
        assertThat(BookingRules.check(request("PAPER", null, "2027-06-13", "09:00"), summer)
                        .startsAt())
                .isEqualTo(Instant.parse("2027-06-13T08:00:00Z"));
    }

    @Test
    void an_empty_booking_is_refused_naming_every_missing_field() {
        BookingRequest empty = new BookingRequest(null, null, null, null, null, null, null);

        assertThatThrownBy(() -> BookingRules.check(empty, NOW))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.details())
                        .containsExactly("product", "unit", "delivery", "date", "time", "learners"));
    }

    @Test
    void the_window_opens_four_hours_before_the_test() {
        Instant at = Instant.parse("2026-12-04T13:30:00Z");

        assertThat(BookingRules.beforeWindow(at, Instant.parse("2026-12-04T09:29:59Z")))
                .isTrue();
        assertThat(BookingRules.beforeWindow(at, Instant.parse("2026-12-04T09:30:00Z")))
                .isFalse();
    }

    @Test
    void a_paper_test_with_a_mode_and_extra_time_over_a_quarter_are_refused_naming_each_field() {
        BookingRequest r = new BookingRequest(
                "603/0457/3",
                "U1",
                "PAPER",
                "ONLINE",
                "2027-01-10",
                "10:00",
                List.of(new BookingRequest.Learner(1L, 30, List.of("scribe"))));

        assertThatThrownBy(() -> BookingRules.check(r, NOW))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.getMessage()).contains("no mode").contains("Account Services"))
                .hasMessageContaining("0 or 25 %");
    }

    @Test
    void an_amendment_inside_the_window_or_of_a_past_or_taken_test_is_refused_and_an_offline_one_gets_a_new_package() {
        Instant at = Instant.parse("2026-12-04T13:30:00Z");
        BookingChange later = new BookingChange(null, "14:30", null, null);

        BookingAmendment.Applied applied = BookingAmendment.apply(row(at, "BOOKED", null), later, NOW);

        assertThat(applied.startsAt()).isEqualTo(Instant.parse("2026-12-04T14:30:00Z"));
        assertThat(applied.newPackage()).isTrue();
        assertThatThrownBy(() ->
                        BookingAmendment.apply(row(at, "BOOKED", null), later, Instant.parse("2026-12-04T10:00:00Z")))
                .hasMessageContaining("only before its window opens");
        assertThatThrownBy(() -> BookingAmendment.checkCancellable(
                        row(at, "BOOKED", null), Instant.parse("2026-12-05T10:00:00Z")))
                .hasMessageContaining("past bookings cannot be cancelled");
        assertThatThrownBy(() -> BookingAmendment.checkCancellable(row(at, "BOOKED", at), NOW))
                .hasMessageContaining("has been taken");
    }
}

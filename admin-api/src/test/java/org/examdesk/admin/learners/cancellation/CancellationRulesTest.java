package org.examdesk.admin.learners.cancellation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CancellationRulesTest {
    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    private static final CancellationDao.Registration ACTIVE = new CancellationDao.Registration(
            1,
            1,
            2,
            "L1",
            "Chloe",
            "Evans",
            3,
            "603/0456/1",
            "BTEC Sport",
            "ACTIVE",
            4,
            "NOT_INVOICED",
            null,
            11_800,
            LocalDate.of(2025, 9, 1),
            LocalDate.of(2027, 6, 30));

    @Test
    void a_registration_with_nothing_against_it_is_cancellable() {
        assertThat(CancellationRules.blockers(ACTIVE, List.of(), List.of(), List.of(), NOW))
                .isEmpty();
    }

    @Test
    void each_of_the_five_conditions_that_holds_is_named_with_its_facts() {
        List<CancellationDao.Booking> bookings = List.of(
                new CancellationDao.Booking(
                        7,
                        "U1",
                        "Anatomy",
                        "PAPER",
                        Instant.parse("2026-11-20T09:00:00Z"),
                        Instant.parse("2026-11-20T09:00:00Z")),
                new CancellationDao.Booking(
                        8, "U2", "Fitness", "ONSCREEN", Instant.parse("2026-12-10T10:00:00Z"), null));
        List<CancellationDao.Result> results = List.of(
                new CancellationDao.Result("U1", "Anatomy", "TESTABLE", "M", LocalDate.of(2026, 11, 25)),
                new CancellationDao.Result("U3", "Development", "INTERNALLY_ASSESSED", "P", LocalDate.of(2026, 10, 1)));
        List<CancellationDao.Claim> claims = List.of(new CancellationDao.Claim(
                "AC100001", "INTERIM", LocalDate.of(2026, 10, 30), Instant.parse("2026-11-03T14:00:00Z")));

        List<Blocker> blockers = CancellationRules.blockers(ACTIVE, bookings, results, claims, NOW);

        assertThat(blockers)
                .extracting(Blocker::condition)
                .containsExactly("TEST_TAKEN", "TEST_BOOKED", "RESULT_LINKED", "OUTCOME_ADDED", "CLAIM_MADE");
        assertThat(blockers.get(1).facts().get(0)).containsEntry("booking", 8L).containsEntry("unit", "U2");
        assertThat(blockers.get(1).liftable()).isTrue();
        assertThat(blockers.get(0).liftable()).isFalse();
        assertThat(blockers.get(3).sentence()).contains("U3 Development");
        assertThat(blockers.get(4).facts().get(0)).containsEntry("claim", "AC100001");
    }

    @Test
    void a_booking_whose_window_is_open_blocks_without_being_liftable_and_a_missed_past_one_does_not_block() {
        CancellationDao.Booking open = new CancellationDao.Booking(
                9, "U2", "Fitness", "ONSCREEN", Instant.parse("2026-11-30T11:00:00Z"), null);
        CancellationDao.Booking missed = new CancellationDao.Booking(
                10, "U2", "Fitness", "ONSCREEN", Instant.parse("2026-11-29T11:00:00Z"), null);

        assertThat(CancellationRules.blockers(ACTIVE, List.of(open), List.of(), List.of(), NOW)
                        .get(0)
                        .liftable())
                .isFalse();
        assertThat(CancellationRules.blockers(ACTIVE, List.of(missed), List.of(), List.of(), NOW))
                .isEmpty();
    }

    @Test
    void cancelling_is_free_before_the_invoice_and_charged_with_a_refund_through_customer_services_after() {
        CancellationRules.Charge free = CancellationRules.charge("NOT_INVOICED", 11_800);
        CancellationRules.Charge invoiced = CancellationRules.charge("INVOICED", 11_800);
        CancellationRules.Charge paid = CancellationRules.charge("PAID", 11_800);

        assertThat(free.charged()).isFalse();
        assertThat(free.amountPence()).isZero();
        assertThat(free.sentence()).contains("No charge");
        assertThat(invoiced.charged()).isTrue();
        assertThat(invoiced.sentence()).contains("invoiced").contains("£118.00").contains("customer services");
        assertThat(paid.refundThrough()).isEqualTo("CUSTOMER_SERVICES");
        assertThat(paid.sentence()).contains("paid");
    }
}

package org.examdesk.admin.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.examdesk.admin.accounts.Role;
import org.examdesk.admin.client.BookingModels.BookingChange;
import org.examdesk.admin.client.BookingModels.BookingLearner;
import org.examdesk.admin.client.BookingModels.BookingRequest;
import org.examdesk.admin.client.BookingModels.ClaimEdit;
import org.examdesk.admin.client.BookingModels.ClaimLearner;
import org.examdesk.admin.client.BookingModels.ClaimRequest;
import org.examdesk.admin.client.BookingModels.UnitGrade;
import org.examdesk.admin.testing.TestServer;
import org.examdesk.admin.web.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The typed clients of bookings, cancellation and claims, as the bot uses them, on the demo data. */
class BookingsClientIT {
    private static TestServer server;
    private static BookingsClient bookings;
    private static ClaimsClient claims;
    private static ClaimsClient assessorClaims;

    @BeforeAll
    static void start() {
        server = new TestServer()
                .clock(Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC))
                .start();
        AdminClient client = new AdminClient(server.base(), HttpClient.newHttpClient(), Json.mapper());
        AdminClient.Caller admin = client.as(server.callers().staff(Role.CENTRE_ADMINISTRATOR, "40123"), "slack");
        bookings = new BookingsClient(admin);
        claims = new ClaimsClient(admin);
        assessorClaims = new ClaimsClient(client.as(server.callers().staff(Role.ASSESSOR, "40123"), "slack"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static long named(String given, String family) {
        return server.jdbi().withHandle(h -> h.createQuery(
                        "select max(id) from learners where given_name = :g and family_name = :f")
                .bind("g", given)
                .bind("f", family)
                .mapTo(Long.class)
                .one());
    }

    @Test
    void the_bot_books_amends_and_cancels_a_test_and_cancels_a_registration_after_checking_it() {
        long tom = named("Tom", "Ashworth");
        BookingRequest request = new BookingRequest(
                "603/0457/3",
                "U2",
                "ONSCREEN",
                "ONLINE",
                LocalDate.of(2026, 12, 3),
                "10:00",
                List.of(BookingLearner.of(tom, true)));

        BookingModels.Booked booked = bookings.book(request, "client-book-0001");
        long id = booked.bookings().get(0).id();
        BookingModels.BookingChanged moved =
                bookings.amend(id, new BookingChange(LocalDate.of(2026, 12, 4), "14:00", "OFFLINE", null), null);
        BookingModels.RegistrationCheck blocked =
                bookings.registration(booked.bookings().get(0).registrationId());
        bookings.cancelBooking(id, "client-unbook-0001");
        BookingModels.RegistrationCheck free = bookings.registration(blocked.id());
        BookingModels.Cancelled cancelled = bookings.cancelRegistration(blocked.id(), "client-cancel-0001");

        assertThat(booked.bookings().get(0).extraTimePercent()).isEqualTo(25);
        assertThat(bookings.bookings(tom, null, null))
                .extracting(BookingModels.Booking::id)
                .doesNotContain(id);
        assertThat(moved.booking().packageVersion()).isEqualTo(2);
        assertThat(blocked.blockedBy())
                .extracting(BookingModels.Blocker::condition)
                .containsExactly("TEST_BOOKED");
        assertThat(free.cancellable()).isTrue();
        assertThat(cancelled.registration().status()).isEqualTo("CANCELLED");
        assertThat(cancelled.charge().charged()).isFalse();
    }

    @Test
    void the_bot_makes_a_bulk_claim_reads_the_ineligible_one_and_an_assessor_is_refused() {
        List<UnitGrade> units = List.of(new UnitGrade("U1", "P"), new UnitGrade("U2", "M"), new UnitGrade("U3", "P"));
        ClaimRequest request = new ClaimRequest(
                "FULL",
                LocalDate.of(2026, 9, 1),
                List.of(
                        new ClaimLearner(named("Ella", "Marsh"), "603/0456/1", units),
                        new ClaimLearner(named("Jacob", "Reid"), "603/0456/1", units)));

        assertThatThrownBy(() -> assessorClaims.claim(request, null))
                .isInstanceOf(AdminApiException.class)
                .satisfies(e -> {
                    assertThat(((AdminApiException) e).status()).isEqualTo(403);
                    assertThat(e.getMessage()).contains("except claiming");
                });
        BookingModels.Claimed made = claims.claim(request, "client-claim-0001");
        BookingModels.Claim kept = claims.claims("INELIGIBLE").get(0);
        BookingModels.Claimed edited =
                claims.edit(kept.reference(), new ClaimEdit("INTERIM", LocalDate.of(2026, 9, 1), units), null);

        assertThat(made.submitted()).isEqualTo(1);
        assertThat(made.ineligible()).isEqualTo(1);
        assertThat(kept.learnerName()).isEqualTo("Jacob Reid");
        assertThat(kept.reasons()).extracting(BookingModels.Reason::code).containsExactly("MANDATORY_UNIT_MISSING");
        assertThat(edited.claims().get(0).state()).isEqualTo("SUBMITTED");
        assertThat(claims.get(kept.reference()).certificate()).contains("notification of performance");
    }
}

package org.examdesk.bot.flows.learners;

import java.util.List;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.BookingModels.Booked;
import org.examdesk.admin.client.BookingModels.Booking;
import org.examdesk.admin.client.BookingModels.BookingChange;
import org.examdesk.admin.client.BookingModels.BookingChanged;
import org.examdesk.admin.client.BookingModels.BookingRequest;
import org.examdesk.admin.client.BookingModels.Cancelled;
import org.examdesk.admin.client.BookingModels.Claim;
import org.examdesk.admin.client.BookingModels.ClaimRequest;
import org.examdesk.admin.client.BookingModels.Claimed;
import org.examdesk.admin.client.BookingModels.RegistrationCheck;
import org.examdesk.admin.client.BookingsClient;
import org.examdesk.admin.client.ClaimsClient;

/**
 * What the booking, cancellation and claim flows need of the admin API, for the caller's own centre, as one small
 * interface, so the flows can be tested against a fake. {@link #over} is the real one: the admin API called as the
 * person, which checks every rule and role (claims and cancellations for centre administrators only).
 */
public interface CentreBookings {
    /** Whether the registration can be cancelled and, if not, every condition that blocks it. */
    RegistrationCheck registration(long id);

    Cancelled cancelRegistration(long id);

    /** The learner's bookings that are not cancelled. */
    List<Booking> bookings(long learnerId);

    Booked book(BookingRequest request);

    BookingChanged amend(long bookingId, BookingChange change);

    BookingChanged cancelBooking(long bookingId);

    Claimed claim(ClaimRequest request);

    /** The centre's claims in {@code state} (INELIGIBLE or SUBMITTED). */
    List<Claim> claims(String state);

    /** The admin API as {@code caller} serves it (its idempotency key, if any, goes with each change). */
    static CentreBookings over(AdminClient.Caller caller) {
        BookingsClient bookings = new BookingsClient(caller);
        ClaimsClient claims = new ClaimsClient(caller);
        return new CentreBookings() {
            @Override
            public RegistrationCheck registration(long id) {
                return bookings.registration(id);
            }

            @Override
            public Cancelled cancelRegistration(long id) {
                return bookings.cancelRegistration(id, null);
            }

            @Override
            public List<Booking> bookings(long learnerId) {
                return bookings.bookings(learnerId, null, null);
            }

            @Override
            public Booked book(BookingRequest request) {
                return bookings.book(request, null);
            }

            @Override
            public BookingChanged amend(long bookingId, BookingChange change) {
                return bookings.amend(bookingId, change, null);
            }

            @Override
            public BookingChanged cancelBooking(long bookingId) {
                return bookings.cancelBooking(bookingId, null);
            }

            @Override
            public Claimed claim(ClaimRequest request) {
                return claims.claim(request, null);
            }

            @Override
            public List<Claim> claims(String state) {
                return claims.claims(state);
            }
        };
    }
}

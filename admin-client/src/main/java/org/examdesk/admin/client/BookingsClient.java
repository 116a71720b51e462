package org.examdesk.admin.client;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.examdesk.admin.client.BookingModels.Booked;
import org.examdesk.admin.client.BookingModels.Booking;
import org.examdesk.admin.client.BookingModels.BookingChange;
import org.examdesk.admin.client.BookingModels.BookingChanged;
import org.examdesk.admin.client.BookingModels.BookingRequest;
import org.examdesk.admin.client.BookingModels.Cancelled;
import org.examdesk.admin.client.BookingModels.RegistrationCheck;

/**
 * Test bookings and cancelling registrations, as centre administrators and assessors use them. Every change takes
 * an idempotency key (null for none) so the bot can retry safely.
 */
public final class BookingsClient {
    private final AdminClient.Caller caller;

    public BookingsClient(AdminClient.Caller caller) {
        this.caller = caller;
    }

    public Booked book(BookingRequest request, String idempotencyKey) {
        return caller.send("POST", "/api/v1/bookings", request, StudentsClient.key(idempotencyKey), Booked.class);
    }

    /** Bookings not cancelled; every filter may be null. */
    public List<Booking> bookings(Long learnerId, LocalDate from, LocalDate to) {
        List<String> query = new ArrayList<>();
        if (learnerId != null) {
            query.add("learner=" + learnerId);
        }
        if (from != null) {
            query.add("from=" + from);
        }
        if (to != null) {
            query.add("to=" + to);
        }
        String path = "/api/v1/bookings" + (query.isEmpty() ? "" : "?" + String.join("&", query));
        return caller.send("GET", path, null, new TypeReference<List<Booking>>() {});
    }

    public Booking booking(long id) {
        return caller.send("GET", "/api/v1/bookings/" + id, null, Booking.class);
    }

    public BookingChanged amend(long id, BookingChange change, String idempotencyKey) {
        return caller.send(
                "PUT", "/api/v1/bookings/" + id, change, StudentsClient.key(idempotencyKey), BookingChanged.class);
    }

    public BookingChanged cancelBooking(long id, String idempotencyKey) {
        return caller.send(
                "DELETE", "/api/v1/bookings/" + id, null, StudentsClient.key(idempotencyKey), BookingChanged.class);
    }

    /** Whether the registration can be cancelled, and if not every condition that blocks it. */
    public RegistrationCheck registration(long id) {
        return caller.send("GET", "/api/v1/registrations/" + id, null, RegistrationCheck.class);
    }

    public Cancelled cancelRegistration(long id, String idempotencyKey) {
        return caller.send(
                "POST",
                "/api/v1/registrations/" + id + "/cancel",
                null,
                StudentsClient.key(idempotencyKey),
                Cancelled.class);
    }
}

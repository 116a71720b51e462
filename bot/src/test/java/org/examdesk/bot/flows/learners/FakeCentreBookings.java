package org.examdesk.bot.flows.learners;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.BookingModels.Blocker;
import org.examdesk.admin.client.BookingModels.Booked;
import org.examdesk.admin.client.BookingModels.Booking;
import org.examdesk.admin.client.BookingModels.BookingChange;
import org.examdesk.admin.client.BookingModels.BookingChanged;
import org.examdesk.admin.client.BookingModels.BookingRequest;
import org.examdesk.admin.client.BookingModels.Cancelled;
import org.examdesk.admin.client.BookingModels.Charge;
import org.examdesk.admin.client.BookingModels.Claim;
import org.examdesk.admin.client.BookingModels.ClaimLearner;
import org.examdesk.admin.client.BookingModels.ClaimRequest;
import org.examdesk.admin.client.BookingModels.Claimed;
import org.examdesk.admin.client.BookingModels.Reason;
import org.examdesk.admin.client.BookingModels.RegistrationCheck;

/**
 * Bookings, cancellation checks and claims in memory, answering as the admin API would for the flows' unit tests:
 * Amir Khan's BTEC Sport registration (20, invoiced, cancellable) and his booked U2 test (40, amendable), Ruby
 * Taylor's Mathematics registration (21) blocked by a future booking (31) until that is cancelled, and claims in
 * which Ruby misses the mandatory unit U4. Every change is recorded in {@link #changes}.
 */
final class FakeCentreBookings implements CentreBookings {
    static final Charge INVOICED = new Charge(
            true,
            11_800,
            "INVOICED",
            "CUSTOMER_SERVICES",
            "The order has been invoiced, so the cancellation is charged (£118.00 stays on the invoice); any refund"
                    + " goes through customer services.");
    static final Charge FREE =
            new Charge(false, 0, "NOT_INVOICED", null, "No charge: the order has not been invoiced yet.");

    final List<String> changes = new ArrayList<>();
    final Map<Long, Boolean> cancelledBookings = new HashMap<>();
    boolean claimsForbidden;
    boolean amirAmendable = true;

    @Override
    public RegistrationCheck registration(long id) {
        if (id == 20) {
            return check(
                    20,
                    2,
                    "Amir Khan",
                    FakeCentreLearners.SPORT.reference(),
                    FakeCentreLearners.SPORT.title(),
                    List.of(),
                    INVOICED);
        }
        List<Blocker> blockers = cancelledBookings.containsKey(31L)
                ? List.of()
                : List.of(new Blocker(
                        "TEST_BOOKED",
                        List.of(Map.of("booking", 31, "unit", "U1", "startsAt", "2027-03-16T10:00:00Z")),
                        "A test is booked: U1 Mathematics on Tuesday 16 March 2027 at 10:00 (booking 31).",
                        "Cancel the booking first (DELETE /api/v1/bookings/{id}), which is allowed until its window "
                                + "opens.",
                        true));
        return check(
                21,
                3,
                "Ruby Taylor",
                FakeCentreLearners.MATHS.reference(),
                FakeCentreLearners.MATHS.title(),
                blockers,
                FREE);
    }

    private static RegistrationCheck check(
            long id, long learner, String name, String ref, String title, List<Blocker> blockers, Charge charge) {
        return new RegistrationCheck(
                id,
                learner,
                "L1000000" + learner,
                name,
                ref,
                title,
                "ACTIVE",
                5,
                charge.invoiceStatus(),
                null,
                11_800,
                LocalDate.of(2025, 9, 1),
                LocalDate.of(2027, 6, 30),
                blockers.isEmpty(),
                blockers,
                charge,
                "checked");
    }

    @Override
    public Cancelled cancelRegistration(long id) {
        RegistrationCheck c = registration(id);
        if (!c.cancellable()) {
            throw new AdminApiException(409, "conflict", "It cannot be cancelled.", List.of());
        }
        changes.add("cancel registration " + id);
        return new Cancelled(
                c,
                c.charge(),
                "The registration of " + c.learnerName() + " is cancelled. "
                        + c.charge().sentence());
    }

    @Override
    public List<Booking> bookings(long learnerId) {
        if (learnerId != 2) {
            return List.of();
        }
        Instant starts = Instant.parse("2026-12-02T10:00:00Z");
        return List.of(new Booking(
                40,
                20,
                2,
                "L10000002",
                "Amir Khan",
                FakeCentreLearners.SPORT.reference(),
                FakeCentreLearners.SPORT.title(),
                "U2",
                "Fitness Training and Programming",
                "ONSCREEN",
                "CLASSROOM",
                0,
                starts,
                "Wednesday 2 December 2026 at 10:00",
                starts.minusSeconds(14_400),
                starts.plusSeconds(14_400),
                "BOOKED",
                1,
                null,
                amirAmendable,
                amirAmendable));
    }

    @Override
    public Booked book(BookingRequest r) {
        changes.add("book " + r.product() + " " + r.unit() + " " + r.delivery() + " " + r.mode() + " " + r.date() + " "
                + r.time() + " " + r.learners());
        return new Booked(
                List.of(), "Booked " + r.learners().size() + " learners for the test of unit " + r.unit() + ".");
    }

    @Override
    public BookingChanged amend(long bookingId, BookingChange change) {
        changes.add("amend " + bookingId + " " + change);
        return new BookingChanged(
                null, "The U2 test of Amir Khan is now on " + change.date() + " " + change.time() + ".");
    }

    @Override
    public BookingChanged cancelBooking(long bookingId) {
        cancelledBookings.put(bookingId, true);
        changes.add("cancel booking " + bookingId);
        return new BookingChanged(
                null, "The U1 test of Ruby Taylor on Tuesday 16 March 2027 at 10:00 (UK time) is " + "cancelled.");
    }

    @Override
    public Claimed claim(ClaimRequest r) {
        if (claimsForbidden) {
            throw new AdminApiException(
                    403, "forbidden", "Only a centre administrator can make or edit a claim.", List.of());
        }
        changes.add("claim " + r.awardType() + " " + r.awardDate() + " "
                + r.learners().stream().map(ClaimLearner::learnerId).toList() + " "
                + r.learners().get(0).units());
        List<Claim> claims =
                r.learners().stream().map(l -> claim(l.learnerId())).toList();
        long ineligible =
                claims.stream().filter(c -> c.state().equals("INELIGIBLE")).count();
        return new Claimed(
                claims,
                (int) (claims.size() - ineligible),
                (int) ineligible,
                "Submitted for Amir Khan: full award. Ruby Taylor is not eligible (claim AC000002, kept unsubmitted):"
                        + " " + reason().sentence());
    }

    @Override
    public List<Claim> claims(String state) {
        return List.of(claim(3));
    }

    private static Reason reason() {
        return new Reason(
                "MANDATORY_UNIT_MISSING",
                List.of("U4"),
                "Rules of combination not met: mandatory unit U4 "
                        + "Sports Leadership of the Sports Leadership pathway is missing or not passed.");
    }

    private static Claim claim(long learner) {
        boolean ruby = learner == 3;
        return new Claim(
                "AC00000" + learner,
                ruby ? "INELIGIBLE" : "SUBMITTED",
                learner,
                "L1000000" + learner,
                ruby ? "Ruby Taylor" : "Amir Khan",
                20,
                FakeCentreLearners.SPORT.reference(),
                FakeCentreLearners.SPORT.title(),
                "FULL",
                LocalDate.of(2026, 9, 1),
                List.of(),
                ruby ? List.of(reason()) : List.of(),
                null,
                Instant.EPOCH,
                null);
    }
}

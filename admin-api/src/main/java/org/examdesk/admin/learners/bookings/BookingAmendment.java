package org.examdesk.admin.learners.bookings;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import org.examdesk.admin.web.ApiException;

/**
 * The rules of changing a booking (domain section 3), without the database: a booking is amended (date, time, mode,
 * extra time) or cancelled only before its window opens, 4 hours before the test; a past or taken test never. The
 * new time keeps the notice rule. An offline test gets a new package after an amendment.
 */
final class BookingAmendment {
    /** The booking after the change; {@code newPackage} when its offline test package must be downloaded again. */
    record Applied(Instant startsAt, String mode, int extraTimePercent, boolean newPackage) {}

    private BookingAmendment() {}

    static Applied apply(BookingDao.Row row, BookingChange change, Instant now) {
        checkOpen(row, now, "amended");
        if (change == null
                || (change.date() == null
                        && change.time() == null
                        && change.mode() == null
                        && change.extraTimePercent() == null)) {
            throw ApiException.invalid(
                    "Say what to change: date, time, mode or extraTimePercent.",
                    List.of("date", "time", "mode", "extraTimePercent"));
        }
        BookingRules.Problems p = new BookingRules.Problems();
        ZonedDateTime was = row.startsAt().atZone(BookingRules.UK);
        String date = change.date() != null ? change.date() : was.toLocalDate().toString();
        String time = change.time() != null ? change.time() : was.toLocalTime().toString();
        Instant startsAt = BookingRules.startsAt(date, time, now, p);
        String mode = change.mode() == null ? row.mode() : BookingRules.mode(row.delivery(), change.mode(), p);
        BookingRules.extraTime(change.extraTimePercent(), "extraTimePercent", p);
        p.check("The booking cannot be amended");
        int extra = change.extraTimePercent() == null ? row.extraTimePercent() : change.extraTimePercent();
        if (!startsAt.equals(row.startsAt())) {
            BookingRules.notice(row.delivery(), startsAt, now);
        }
        boolean changed = !startsAt.equals(row.startsAt())
                || !Objects.equals(mode, row.mode())
                || extra != row.extraTimePercent();
        if (!changed) {
            throw ApiException.invalid(
                    "The booking already has that date, time, mode and extra time: there is nothing to amend.",
                    List.of("date", "time", "mode", "extraTimePercent"));
        }
        return new Applied(startsAt, mode, extra, "OFFLINE".equals(mode));
    }

    /** Refuses (409) to cancel a booking that is cancelled, taken, past or whose window has begun. */
    static void checkCancellable(BookingDao.Row row, Instant now) {
        checkOpen(row, now, "cancelled");
    }

    private static void checkOpen(BookingDao.Row row, Instant now, String what) {
        String test = "The " + row.unitCode() + " test of " + row.givenName() + " " + row.familyName() + " ("
                + BookingRules.uk(row.startsAt()) + ")";
        if (row.status().equals("CANCELLED")) {
            throw ApiException.conflict(test + " was cancelled already.");
        }
        if (row.takenAt() != null) {
            throw ApiException.conflict(test + " has been taken, so the booking cannot be " + what + ".");
        }
        if (!now.isBefore(row.startsAt().plus(BookingRules.WINDOW))) {
            throw ApiException.conflict(test + " is in the past: past bookings cannot be " + what + ".");
        }
        if (!BookingRules.beforeWindow(row.startsAt(), now)) {
            throw ApiException.conflict(test + " has its window open since "
                    + BookingRules.uk(row.startsAt().minus(BookingRules.WINDOW))
                    + " (UK time): a booking can be " + what + " only before its window opens, 4 hours before the "
                    + "test.");
        }
    }
}

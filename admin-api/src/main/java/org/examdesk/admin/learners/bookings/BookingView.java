package org.examdesk.admin.learners.bookings;

import java.time.Instant;

/**
 * A booking as answered: {@code state} BOOKED, TAKEN or CANCELLED; the window is open from 4 hours before to 4 hours
 * after {@code startsAt}; {@code amendable} and {@code cancellable} say whether that window has yet to open.
 */
record BookingView(
        long id,
        long registrationId,
        long learnerId,
        String learnerRef,
        String learnerName,
        String productReference,
        String productTitle,
        String unitCode,
        String unitTitle,
        String delivery,
        String mode,
        int extraTimePercent,
        Instant startsAt,
        String ukTime,
        Instant windowOpensAt,
        Instant windowClosesAt,
        String state,
        int packageVersion,
        Instant takenAt,
        boolean amendable,
        boolean cancellable) {

    static BookingView of(BookingDao.Row row, Instant now) {
        boolean open = BookingRules.beforeWindow(row.startsAt(), now);
        String state = row.status().equals("CANCELLED") ? "CANCELLED" : row.takenAt() != null ? "TAKEN" : "BOOKED";
        boolean live = state.equals("BOOKED") && open;
        return new BookingView(
                row.id(),
                row.registrationId(),
                row.learnerId(),
                row.learnerRef(),
                row.givenName() + " " + row.familyName(),
                row.productReference(),
                row.productTitle(),
                row.unitCode(),
                row.unitTitle(),
                row.delivery(),
                row.mode(),
                row.extraTimePercent(),
                row.startsAt(),
                BookingRules.uk(row.startsAt()),
                row.startsAt().minus(BookingRules.WINDOW),
                row.startsAt().plus(BookingRules.WINDOW),
                state,
                row.packageVersion(),
                row.takenAt(),
                live,
                live);
    }
}

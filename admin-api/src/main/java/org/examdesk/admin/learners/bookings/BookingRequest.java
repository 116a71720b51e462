package org.examdesk.admin.learners.bookings;

import java.util.List;

/**
 * A booking of one testable unit of a product for one or more learners: {@code delivery} ONSCREEN or PAPER, for
 * onscreen a {@code mode} (CLASSROOM, OFFLINE or ONLINE), and the date ({@code yyyy-MM-dd}) and time ({@code HH:mm})
 * in UK time. Each learner may have 25 % extra time; other access arrangements are refused.
 */
record BookingRequest(
        String product, String unit, String delivery, String mode, String date, String time, List<Learner> learners) {

    /** One learner of the booking. */
    record Learner(Long learnerId, Integer extraTimePercent, List<String> otherArrangements) {
        int extraTime() {
            return extraTimePercent == null ? 0 : extraTimePercent;
        }
    }
}

package org.examdesk.bot.flows.learners;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.examdesk.bot.flows.learners.LearnerChooser.Offered;

/**
 * What the flow moving a test has gathered between turns: the learners offered, the learner, the bookings offered,
 * the booking chosen, and the change (a new date, time, mode or extra time; null keeps the value).
 */
record MoveState(
        String text,
        List<Offered> offered,
        Long learnerId,
        List<Offered> bookings,
        Long bookingId,
        LocalDate date,
        LocalTime time,
        String mode,
        Integer extraTime) {

    /** The steps: which learner, which booking, the new time, confirming. */
    enum Step {
        WHO,
        WHICH,
        WHEN,
        CONFIRM
    }

    MoveState {
        offered = offered == null ? List.of() : List.copyOf(offered);
        bookings = bookings == null ? List.of() : List.copyOf(bookings);
    }

    MoveState offering(List<Offered> learners) {
        return new MoveState(text, learners, learnerId, bookings, bookingId, date, time, mode, extraTime);
    }

    MoveState learner(long id) {
        return new MoveState(text, List.of(), id, bookings, bookingId, date, time, mode, extraTime);
    }

    MoveState choosing(List<Offered> choices) {
        return new MoveState(text, offered, learnerId, choices, bookingId, date, time, mode, extraTime);
    }

    MoveState booking(long id) {
        return new MoveState(text, offered, learnerId, List.of(), id, date, time, mode, extraTime);
    }

    MoveState change(LocalDate d, LocalTime t, String m, Integer extra) {
        return new MoveState(text, offered, learnerId, bookings, bookingId, d, t, m, extra);
    }

    boolean changes() {
        return date != null || time != null || mode != null || extraTime != null;
    }
}

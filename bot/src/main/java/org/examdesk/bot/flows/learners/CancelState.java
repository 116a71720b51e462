package org.examdesk.bot.flows.learners;

import java.util.List;
import org.examdesk.bot.flows.learners.LearnerChooser.Offered;

/**
 * What the cancellation flow has gathered between turns: the learners offered, the learner, the registrations
 * offered, the registration chosen and the bookings it offered to cancel first.
 */
record CancelState(
        List<Offered> offered,
        Long learnerId,
        String learnerName,
        List<Offered> registrations,
        Long registrationId,
        List<Long> lift) {

    /** The steps: which learner, which registration, cancelling the booking first, confirming the cancellation. */
    enum Step {
        WHO,
        WHICH,
        LIFT,
        CONFIRM
    }

    CancelState {
        offered = offered == null ? List.of() : List.copyOf(offered);
        registrations = registrations == null ? List.of() : List.copyOf(registrations);
        lift = lift == null ? List.of() : List.copyOf(lift);
    }

    static CancelState empty() {
        return new CancelState(List.of(), null, null, List.of(), null, List.of());
    }

    CancelState offering(List<Offered> learners) {
        return new CancelState(learners, learnerId, learnerName, registrations, registrationId, lift);
    }

    CancelState learner(long id, String name) {
        return new CancelState(List.of(), id, name, List.of(), null, List.of());
    }

    CancelState choosing(List<Offered> choices) {
        return new CancelState(offered, learnerId, learnerName, choices, registrationId, lift);
    }

    CancelState registration(long id) {
        return new CancelState(offered, learnerId, learnerName, List.of(), id, List.of());
    }

    CancelState lifting(List<Long> bookings) {
        return new CancelState(offered, learnerId, learnerName, registrations, registrationId, bookings);
    }
}

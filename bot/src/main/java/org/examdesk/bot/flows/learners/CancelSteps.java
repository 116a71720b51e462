package org.examdesk.bot.flows.learners;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.BookingModels.Blocker;
import org.examdesk.admin.client.BookingModels.Cancelled;
import org.examdesk.admin.client.BookingModels.RegistrationCheck;
import org.examdesk.bot.engine.Turn;
import org.examdesk.bot.flows.learners.CancelState.Step;
import org.examdesk.bot.understanding.Slots;

/**
 * The cancellation once the registration is known: the admin API's check told in words (each blocking condition,
 * its facts and what would have to change), a future booking offered to be cancelled first, and the cancellation
 * confirmed with its charge and made once. Only a centre administrator is offered the cancellation itself.
 */
final class CancelSteps {
    static final String LIFT = "do:lift";
    static final String CANCEL = "do:cancel-registration";
    static final String CENTRE_ADMINISTRATOR = "CENTRE_ADMINISTRATOR";

    private final Function<AdminClient.Caller, CentreBookings> bookings;

    CancelSteps(Function<AdminClient.Caller, CentreBookings> bookings) {
        this.bookings = bookings;
    }

    /** Asks the admin API about the registration, and says what it answers. */
    void check(Turn turn, long registrationId) {
        CancelState s = turn.state().read(CancelState.class).registration(registrationId);
        turn.state().write(s);
        RegistrationCheck c = bookings.apply(turn.admin()).registration(registrationId);
        String what = "the registration of " + c.learnerName() + " (" + c.learnerRef() + ") on " + c.productTitle()
                + " (" + c.productReference() + ")";
        if (c.cancellable()) {
            offerCancel(turn, what, c);
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("I can't cancel " + what + ", because:");
        for (Blocker b : c.blockedBy()) {
            lines.add("\u2022 " + b.sentence() + " " + change(b));
        }
        turn.say(String.join("\n", lines));
        List<Long> liftable = liftable(c.blockedBy());
        if (liftable.isEmpty()) {
            turn.state().clear();
            return;
        }
        turn.state().write(s.lifting(liftable));
        turn.state().step(Step.LIFT);
        boolean more = c.blockedBy().size() > 1;
        turn.confirm(
                "Shall I cancel the booked test" + (liftable.size() == 1 ? "" : "s") + " first?"
                        + (more
                                ? " The other reasons above would still stop the cancellation."
                                : " Then nothing else stops the registration from being cancelled."),
                LIFT);
    }

    private void offerCancel(Turn turn, String what, RegistrationCheck c) {
        if (!turn.speaker().user().hasRole(CENTRE_ADMINISTRATOR)) {
            turn.state().clear();
            turn.say("Nothing blocks " + what + ": it can be cancelled. "
                    + c.charge().sentence()
                    + " Only a centre administrator can cancel a registration, so ask yours to do it.");
            return;
        }
        turn.state().step(Step.CONFIRM);
        turn.confirm(
                "Nothing blocks it: cancel " + what + "? " + c.charge().sentence()
                        + " The registration's status becomes Cancelled.",
                CANCEL);
    }

    void onLift(Turn turn) {
        if (!confirmed(turn, LIFT)) {
            return;
        }
        CancelState s = turn.state().read(CancelState.class);
        List<String> done = new ArrayList<>();
        for (long id : s.lift()) {
            done.add(bookings.apply(turn.adminOnce("lift:" + id))
                    .cancelBooking(id)
                    .message());
        }
        turn.say("Done: " + String.join(" ", done));
        check(turn, s.registrationId());
    }

    void onConfirm(Turn turn) {
        if (!confirmed(turn, CANCEL)) {
            return;
        }
        CancelState s = turn.state().read(CancelState.class);
        AdminClient.Caller once = turn.adminOnce("cancel-registration");
        try {
            Cancelled done = bookings.apply(once).cancelRegistration(s.registrationId());
            turn.state().clear();
            turn.say("Done: " + done.message() + " Reference: " + once.reference() + ".");
        } catch (AdminApiException e) {
            if (e.status() != 403 && e.status() != 409) {
                throw e;
            }
            turn.state().clear();
            turn.say("The registration was not cancelled: " + e.getMessage());
        }
    }

    /** Whether the answer is yes; a no ends the flow, anything else is asked again. */
    static boolean confirmed(Turn turn, String value) {
        Slots.YesNo typed = turn.text() == null ? Slots.YesNo.UNCLEAR : Slots.yesNo(turn.text());
        if (typed == Slots.YesNo.NO || "cancel".equals(turn.action())) {
            turn.state().clear();
            turn.say("Fine, I have changed nothing. What else can I help with?");
            return false;
        }
        if (!value.equals(turn.action()) && typed != Slots.YesNo.YES) {
            turn.say("Please answer with the buttons above (or type yes or no), or say \"cancel\".");
            return false;
        }
        return true;
    }

    /** What would have to change, in the bot's words where the API's name its own paths. */
    static String change(Blocker b) {
        if (b.condition().equals("TEST_BOOKED") && b.liftable()) {
            return "The booking can be cancelled until its window opens 4 hours before the test; then this no longer"
                    + " stands in the way.";
        }
        return b.change().replaceAll("\\s*\\([A-Z]+ /api/[^)]*\\)", "");
    }

    /** The bookings that can be cancelled to lift a TEST_BOOKED condition. */
    static List<Long> liftable(List<Blocker> blockers) {
        List<Long> ids = new ArrayList<>();
        for (Blocker b : blockers) {
            if (b.condition().equals("TEST_BOOKED") && b.liftable()) {
                for (Map<String, Object> fact : b.facts()) {
                    Object id = fact.get("booking");
                    if (id instanceof Number n) {
                        ids.add(n.longValue());
                    }
                }
            }
        }
        return ids;
    }
}

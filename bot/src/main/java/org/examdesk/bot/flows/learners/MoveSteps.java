package org.examdesk.bot.flows.learners;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.BookingModels.Booking;
import org.examdesk.admin.client.BookingModels.BookingChange;
import org.examdesk.admin.client.BookingModels.BookingChanged;
import org.examdesk.bot.engine.Turn;
import org.examdesk.bot.flows.learners.MoveState.Step;

/**
 * Moving a booked test once it is known: the amendment rules said in words (only before the window opens, 4 hours
 * before the test; a new time needs its notice), the new date and time asked when missing, confirmed and made once.
 */
final class MoveSteps {
    static final String MOVE = "do:move";
    private static final Pattern TO_MODE = Pattern.compile(
            "\\b(?:to|into|as|mode)\\b.*\\b(classroom|lan|offline|online)\\b|\\b(classroom|lan|offline"
                    + "|online)\\s+mode\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NO_EXTRA =
            Pattern.compile("\\b(?:remove|take off|no|without)\\b.*\\bextra time\\b", Pattern.CASE_INSENSITIVE);

    private final Function<AdminClient.Caller, CentreBookings> bookings;
    private final Clock clock;

    MoveSteps(Function<AdminClient.Caller, CentreBookings> bookings, Clock clock) {
        this.bookings = bookings;
        this.clock = clock;
    }

    /** The change {@code text} asks for, read against {@code today}. */
    static MoveState read(MoveState s, String text, LocalDate today) {
        String mode = TO_MODE.matcher(text).find() ? BookWords.mode(text).orElse(null) : null;
        Integer extra = NO_EXTRA.matcher(text).find()
                ? Integer.valueOf(0)
                : BookWords.extraTime(text).isPresent() ? Integer.valueOf(25) : null;
        return s.change(
                When.date(text, today, false).orElse(s.date()), When.time(text).orElse(s.time()), mode, extra);
    }

    void resume(Turn turn, Step step) {
        MoveState s = turn.state().read(MoveState.class);
        if (step == Step.WHEN) {
            String text = turn.text() == null ? "" : turn.text();
            MoveState changed = read(s, text, LocalDate.now(clock.withZone(When.UK)));
            if (!changed.changes()) {
                turn.say("I couldn't read a new day or time there. Say something like \"Friday 2pm\", or \"cancel\".");
                return;
            }
            turn.state().write(changed);
            chosen(turn, booking(turn, s));
        } else if (step == Step.CONFIRM && CancelSteps.confirmed(turn, MOVE)) {
            amend(turn, s);
        }
    }

    private Booking booking(Turn turn, MoveState s) {
        return bookings.apply(turn.admin()).bookings(s.learnerId()).stream()
                .filter(b -> b.id() == s.bookingId())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("booking " + s.bookingId() + " is gone"));
    }

    /** With the booking known: refuses once its window is open, asks for the change, checks notice, confirms. */
    void chosen(Turn turn, Booking b) {
        MoveState s = turn.state().read(MoveState.class).booking(b.id());
        turn.state().write(s);
        String test = "the " + label(b) + " test of " + b.learnerName();
        if (!b.amendable()) {
            turn.state().clear();
            turn.say("I can't change " + test + ": a booking can be changed only until its window opens, 4 hours "
                    + "before the test, and this one's opened on " + shown(b.windowOpensAt()) + " (UK time). "
                    + "If the learner can't sit it, contact the board.");
            return;
        }
        if (!s.changes()) {
            turn.state().step(Step.WHEN);
            turn.say("When should " + test + " move to? For example \"Friday 2pm\".");
            return;
        }
        LocalDateTime now = LocalDateTime.ofInstant(b.startsAt(), When.UK);
        LocalDate date = s.date() == null ? now.toLocalDate() : s.date();
        LocalTime time = s.time() == null ? now.toLocalTime() : s.time();
        Instant starts = date.atTime(time).atZone(When.UK).toInstant();
        Duration notice = "PAPER".equals(b.delivery()) ? BookSteps.PAPER_NOTICE : BookSteps.ONSCREEN_NOTICE;
        Instant earliest =
                clock.instant().plus(notice).truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        if ((s.date() != null || s.time() != null) && starts.isBefore(earliest)) {
            turn.state().write(s.change(null, null, s.mode(), s.extraTime()));
            turn.state().step(Step.WHEN);
            turn.say("A "
                    + ("PAPER".equals(b.delivery())
                            ? "paper-based test needs at least 12 days'"
                            : "onscreen " + "test needs at least 2 hours'")
                    + " notice, so " + When.show(date, time) + " is too soon: the "
                    + "earliest allowed is " + shown(earliest) + " (UK time). When should it move to?");
            return;
        }
        turn.state().write(s.change(date, time, s.mode(), s.extraTime()));
        turn.state().step(Step.CONFIRM);
        String to = When.show(date, time) + " (UK time)"
                + (s.mode() == null ? "" : ", " + BookWords.shown(s.mode()))
                + (s.extraTime() == null ? "" : s.extraTime() == 0 ? ", without extra time" : ", with 25% extra time");
        turn.confirm(
                "Change " + test + " from " + b.ukTime() + " to " + to + "? It can be changed again until its window "
                        + "opens, 4 hours before the test.",
                MOVE);
    }

    private void amend(Turn turn, MoveState s) {
        AdminClient.Caller once = turn.adminOnce("move");
        try {
            BookingChanged done = bookings.apply(once)
                    .amend(
                            s.bookingId(),
                            new BookingChange(
                                    s.date(), s.time() == null ? null : s.time().toString(), s.mode(), s.extraTime()));
            turn.state().clear();
            turn.say("Done: " + done.message() + " Reference: " + once.reference() + ".");
        } catch (AdminApiException e) {
            if (e.status() != 409 && e.status() != 422) {
                throw e;
            }
            turn.state().clear();
            turn.say("The test was not changed: " + e.getMessage());
        }
    }

    /** "U2 Fitness Training and Programming (onscreen, Friday 4 December 2026 at 10:00)". */
    static String label(Booking b) {
        return b.unitCode() + " " + b.unitTitle() + " (" + ("PAPER".equals(b.delivery()) ? "paper" : "onscreen") + ", "
                + b.ukTime() + ")";
    }

    private static String shown(Instant at) {
        LocalDateTime t = LocalDateTime.ofInstant(at, When.UK);
        return When.show(t.toLocalDate(), t.toLocalTime().truncatedTo(ChronoUnit.MINUTES));
    }
}

package org.examdesk.bot.flows.learners;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.BookingModels.Booked;
import org.examdesk.admin.client.BookingModels.BookingLearner;
import org.examdesk.admin.client.BookingModels.BookingRequest;
import org.examdesk.bot.engine.Turn;
import org.examdesk.bot.flows.cases.CaseDraft;
import org.examdesk.bot.flows.cases.OpenCaseFlow;
import org.examdesk.bot.flows.learners.BookState.Step;

/**
 * A booking once its words are read: what is missing asked for in order, the notice checked against the engine's
 * clock (2 hours onscreen, 12 days on paper; the admin API checks it again) with the earliest date offered, then
 * the confirmation and the booking, once.
 */
final class BookSteps {
    static final Duration ONSCREEN_NOTICE = Duration.ofHours(2);
    static final Duration PAPER_NOTICE = Duration.ofDays(12);
    static final String BOOK = "do:book";
    static final String EARLIEST = "do:earliest";
    private static final CaseDraft ACCESS_CASE =
            CaseDraft.answers("centre", "entries-assessment", "bookings", "access-arrangements", null, null);

    private final Clock clock;
    private final BookInputs inputs;

    BookSteps(
            Function<AdminClient.Caller, CentreLearners> learners,
            Function<AdminClient.Caller, CentreBookings> bookings,
            Clock clock) {
        this.clock = clock;
        this.inputs = new BookInputs(this, learners, bookings, clock);
    }

    void resume(Turn turn, Step step) {
        inputs.resume(turn, step);
    }

    /** Asks for the first thing missing, or checks the notice, or confirms. */
    void next(Turn turn) {
        BookState s = turn.state().read(BookState.class);
        if (s.delivery() != null && s.date() != null && tooEarly(s, s.time() == null ? LocalTime.MAX : s.time())) {
            offerEarliest(turn, s);
        } else if (s.learnerIds().isEmpty()) {
            ask(turn, Step.WHO, "Who is the test for? Give their names, learner ids or ULNs.");
        } else if (s.product() == null) {
            inputs.product(turn);
        } else if (s.unit() == null) {
            ask(turn, Step.UNIT, "Which unit of " + s.productTitle() + " is the test for (for example \"unit 2\")?");
        } else if (s.delivery() == null) {
            turn.state().step(Step.DELIVERY);
            turn.choices(
                    "Onscreen or on paper?",
                    List.of(
                            turn.option("Onscreen", "delivery:ONSCREEN"),
                            turn.option("Paper-based", "delivery:PAPER")));
        } else if (s.date() == null || s.time() == null) {
            ask(
                    turn,
                    Step.WHEN,
                    (s.date() == null
                            ? "When is the test? For example \"tomorrow at 10\" or \"14 January " + "at 9:30\"."
                            : "At what time on " + When.show(s.date()) + "? For example \"10am\" or \"14:30\"."));
        } else if ("ONSCREEN".equals(s.delivery()) && s.mode() == null) {
            turn.state().step(Step.MODE);
            turn.choices(
                    "Which mode will the onscreen test be taken in?",
                    List.of(
                            turn.option("Classroom (LAN)", "mode:CLASSROOM"),
                            turn.option("Offline", "mode:OFFLINE"),
                            turn.option("Online", "mode:ONLINE")));
        } else {
            confirm(turn, inputs.withExtraTime(turn, s));
        }
    }

    private static void ask(Turn turn, Step step, String question) {
        turn.state().step(step);
        turn.say(question);
    }

    /** Whether a test at {@code time} on the state's date has less notice than its delivery needs. */
    boolean tooEarly(BookState s, LocalTime time) {
        return startsAt(s.date(), time).isBefore(earliest(s.delivery()));
    }

    /** The earliest time a test of {@code delivery} may start, to the next whole minute. */
    Instant earliest(String delivery) {
        Instant at = clock.instant().plus("PAPER".equals(delivery) ? PAPER_NOTICE : ONSCREEN_NOTICE);
        Instant minute = at.truncatedTo(ChronoUnit.MINUTES);
        return minute.equals(at) ? at : minute.plus(Duration.ofMinutes(1));
    }

    private static Instant startsAt(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(When.UK).toInstant();
    }

    private void offerEarliest(Turn turn, BookState s) {
        LocalDateTime earliest = LocalDateTime.ofInstant(earliest(s.delivery()), When.UK);
        LocalDate date = earliest.toLocalDate();
        LocalTime time = s.time() == null
                ? null
                : !startsAt(date, s.time()).isBefore(earliest(s.delivery()))
                        ? s.time()
                        : quarter(earliest.toLocalTime());
        String need = "PAPER".equals(s.delivery())
                ? "A paper-based test needs at least 12 days' notice"
                : "An onscreen test needs at least 2 hours' notice";
        turn.state().write(s.with(b -> {
            b.date = date;
            b.time = time;
        }));
        turn.state().step(Step.EARLIEST);
        turn.confirm(
                need + ", so " + When.show(s.date()) + (s.time() == null ? "" : " at " + s.time()) + " is too soon:"
                        + " the earliest date allowed is " + When.show(date) + " (from "
                        + earliest.toLocalTime().truncatedTo(ChronoUnit.MINUTES) + ", UK time). Shall I book it for "
                        + (time == null ? When.show(date) : When.show(date, time)) + " instead?",
                EARLIEST);
    }

    private static LocalTime quarter(LocalTime t) {
        LocalTime up = t.truncatedTo(ChronoUnit.HOURS).plusMinutes(((t.getMinute() + 14) / 15) * 15L);
        return up.isBefore(t) ? LocalTime.of(23, 45) : up;
    }

    private void confirm(Turn turn, BookState s) {
        turn.state().write(s);
        turn.state().step(Step.CONFIRM);
        String how = "PAPER".equals(s.delivery()) ? "on paper" : "onscreen (" + BookWords.shown(s.mode()) + ")";
        turn.confirm(
                "Book unit " + s.unit() + " of " + s.productTitle() + " (" + s.product() + ") " + how + " on "
                        + When.show(s.date(), s.time()) + " (UK time) for " + inputs.who(s) + "? The test window "
                        + "opens 4 hours before and closes 4 hours after that time.",
                BOOK);
    }

    void book(Turn turn) {
        BookState s = turn.state().read(BookState.class);
        List<BookingLearner> learners = s.learnerIds().stream()
                .map(id -> BookingLearner.of(id, s.extraTimeIds().contains(id)))
                .toList();
        BookingRequest request = new BookingRequest(
                s.product(),
                s.unit(),
                s.delivery(),
                "PAPER".equals(s.delivery()) ? null : s.mode(),
                s.date(),
                s.time().toString(),
                learners);
        AdminClient.Caller once = turn.adminOnce("book");
        try {
            Booked booked = inputs.bookings(once).book(request);
            turn.state().clear();
            turn.say("Done: " + booked.message() + " Reference: " + once.reference() + ".");
        } catch (AdminApiException e) {
            if (e.status() != 409 && e.status() != 422) {
                throw e;
            }
            turn.state().clear();
            turn.say("The test was not booked: " + e.getMessage());
        }
    }

    /** Any arrangement but 25 % extra time: Account Services', so a case is offered about it. */
    static void accountServices(Turn turn, String arrangement, String request) {
        turn.say("Only 25% extra time can be added to a booking. Any other access arrangement (such as " + arrangement
                + ") is handled by the board's Account Services team, so I can't add it here.");
        OpenCaseFlow.handOver(
                turn,
                ACCESS_CASE.describedAs(
                        "Access arrangement for a test booking: " + arrangement,
                        "We would like an access arrangement (" + arrangement + ") for a test booking. What we asked"
                                + " for: \"" + request + "\"."));
        turn.choices(
                "Shall I open a case for Account Services about it? You can book the test itself without the "
                        + "arrangement by asking again.",
                List.of(turn.option("Open a case", "begin")));
    }
}

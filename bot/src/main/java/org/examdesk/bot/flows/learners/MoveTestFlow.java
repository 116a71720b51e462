package org.examdesk.bot.flows.learners;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.BookingModels.Booking;
import org.examdesk.bot.engine.Flow;
import org.examdesk.bot.engine.FlowState;
import org.examdesk.bot.engine.Intent;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.engine.Turn;
import org.examdesk.bot.flows.learners.LearnerChooser.Offered;
import org.examdesk.bot.flows.learners.MoveState.Step;
import org.examdesk.bot.understanding.NameWords;
import org.examdesk.knowledge.KnowledgeBase;

/**
 * "Move Amir's test to Friday 2pm" (domain section 3): finds the learner's booked test, and changes its date, time,
 * mode or extra time only before its window opens (4 hours before the test), with the notice a new time needs;
 * confirms and amends once. An offline test's package must be downloaded again, which the answer says.
 */
public final class MoveTestFlow implements Flow {
    static final String NAME = "move_test";
    static final String BOOKING = "booking:";

    private final Who who;
    private final LearnerAccess access;
    private final Function<AdminClient.Caller, CentreLearners> learners;
    private final Function<AdminClient.Caller, CentreBookings> bookings;
    private final Clock clock;
    private final MoveSteps steps;

    public MoveTestFlow(
            NameWords nameWords,
            KnowledgeBase knowledge,
            Function<AdminClient.Caller, CentreLearners> learners,
            Function<AdminClient.Caller, CentreBookings> bookings,
            Clock clock) {
        this.who = new Who(nameWords);
        this.access = new LearnerAccess(knowledge, true);
        this.learners = learners;
        this.bookings = bookings;
        this.clock = clock;
        this.steps = new MoveSteps(bookings, clock);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean handles(Intent intent, Speaker speaker) {
        return speaker.isStaff() && intent.is(NAME);
    }

    @Override
    public boolean expectsText(FlowState state) {
        return state.at(Step.WHEN);
    }

    @Override
    public boolean startsNow(Turn turn, Intent intent) {
        return !intent.asksHow()
                || LearnerGuess.namesOne(turn, who.references(), learners, BookWords.forNames(intent.text()));
    }

    @Override
    public String offer(Intent intent) {
        return "Move a booked test now";
    }

    @Override
    public void start(Turn turn, Intent intent) {
        String text = intent.text();
        turn.state().enter(NAME, Step.WHO);
        turn.state()
                .write(MoveSteps.read(
                        new MoveState(text, null, null, null, null, null, null, null, null),
                        text,
                        LocalDate.now(clock.withZone(When.UK))));
        access.guarded(turn, () -> identify(turn, text));
    }

    @Override
    public void resume(Turn turn) {
        Step step = turn.state().step(Step.class);
        if (step == null) {
            turn.state().clear();
            return;
        }
        access.guarded(turn, () -> {
            switch (step) {
                case WHO -> onWho(turn);
                case WHICH -> onWhich(turn);
                default -> steps.resume(turn, step);
            }
        });
    }

    private void onWho(Turn turn) {
        Optional<Long> picked =
                LearnerChooser.picked(turn, turn.state().read(MoveState.class).offered());
        if (picked.isPresent()) {
            proceed(turn, picked.get());
        } else if (turn.text() != null) {
            identify(turn, turn.text());
        } else {
            turn.say("Please pick one of the learners above, or type a name.");
        }
    }

    private void identify(Turn turn, String text) {
        CentreLearners centre = learners.apply(turn.admin());
        String words = OrderSteps.names(OrderSteps.products(turn, centre)).without(BookWords.forNames(text));
        Who.Answer found = who.find(turn, centre, words, "Whose test should I move?");
        if (!found.offered().isEmpty()) {
            turn.state().write(turn.state().read(MoveState.class).offering(found.offered()));
        } else if (found.complete()) {
            proceed(turn, found.clear().get(0).id());
        } else if (found.missing()) {
            turn.state().clear();
        }
    }

    private void proceed(Turn turn, long learnerId) {
        MoveState s = turn.state().read(MoveState.class).learner(learnerId);
        turn.state().write(s);
        List<Booking> booked = bookings.apply(turn.admin()).bookings(learnerId).stream()
                .filter(b -> "BOOKED".equals(b.state()))
                .toList();
        Optional<String> unit = BookWords.unit(s.text() == null ? "" : s.text());
        List<Booking> candidates = unit.isEmpty()
                ? booked
                : booked.stream().filter(b -> b.unitCode().equals(unit.get())).toList();
        if (candidates.isEmpty()) {
            turn.state().clear();
            turn.say("I can't find a booked test"
                    + unit.map(u -> " of unit " + u).orElse("") + " that has not been "
                    + "taken for that learner, so there is nothing to move. Book one with \"book a test\".");
        } else if (candidates.size() == 1) {
            steps.chosen(turn, candidates.get(0));
        } else {
            List<Offered> offered = candidates.stream()
                    .map(b -> new Offered(b.id(), MoveSteps.label(b)))
                    .toList();
            turn.state().write(s.choosing(offered));
            turn.state().step(Step.WHICH);
            turn.choices(
                    "Which test?",
                    offered.stream()
                            .map(o -> turn.option(o.label(), BOOKING + o.id()))
                            .toList());
        }
    }

    private void onWhich(Turn turn) {
        MoveState s = turn.state().read(MoveState.class);
        String action = turn.action();
        Optional<Long> id = action != null && action.startsWith(BOOKING)
                ? Optional.of(Long.parseLong(action.substring(BOOKING.length())))
                : Optional.empty();
        if (id.isEmpty() || s.bookings().stream().noneMatch(o -> o.id() == id.get())) {
            turn.say("Please pick one of the tests above, or say \"cancel\".");
            return;
        }
        steps.chosen(
                turn,
                bookings.apply(turn.admin()).bookings(s.learnerId()).stream()
                        .filter(b -> b.id() == id.get())
                        .findFirst()
                        .orElseThrow());
    }
}

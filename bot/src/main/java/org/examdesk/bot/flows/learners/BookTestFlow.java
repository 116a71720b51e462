package org.examdesk.bot.flows.learners;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.bot.engine.Flow;
import org.examdesk.bot.engine.FlowState;
import org.examdesk.bot.engine.Intent;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.engine.Turn;
import org.examdesk.bot.flows.learners.BookState.Step;
import org.examdesk.bot.understanding.NameWords;
import org.examdesk.knowledge.KnowledgeBase;

/**
 * "Book Chloe and Amir onscreen for unit 3 tomorrow at 10 with extra time for Chloe" (domain section 3): reads the
 * learners, unit, delivery, mode, date, time and extra time from the message, checks that every learner is
 * registered on the product and the notice (offering the earliest date allowed), asks what is missing (the mode of an
 * onscreen test), confirms and books once. Any access arrangement but 25 % extra time is Account Services': a case is
 * offered instead.
 */
public final class BookTestFlow implements Flow {
    static final String NAME = "book_test";

    private final Who who;
    private final LearnerAccess access;
    private final Function<AdminClient.Caller, CentreLearners> learners;
    private final Clock clock;
    private final BookSteps steps;

    public BookTestFlow(
            NameWords nameWords,
            KnowledgeBase knowledge,
            Function<AdminClient.Caller, CentreLearners> learners,
            Function<AdminClient.Caller, CentreBookings> bookings,
            Clock clock) {
        this.who = new Who(nameWords);
        this.access = new LearnerAccess(knowledge, true);
        this.learners = learners;
        this.clock = clock;
        this.steps = new BookSteps(learners, bookings, clock);
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
        return state.at(Step.WHEN) || state.at(Step.UNIT);
    }

    @Override
    public boolean startsNow(Turn turn, Intent intent) {
        return !intent.asksHow()
                || LearnerGuess.namesOne(turn, who.references(), learners, BookWords.forNames(intent.text()));
    }

    @Override
    public String offer(Intent intent) {
        return "Book a test now";
    }

    @Override
    public void start(Turn turn, Intent intent) {
        String text = intent.text();
        Optional<String> other = BookWords.otherArrangement(text);
        if (other.isPresent()) {
            BookSteps.accountServices(turn, other.get(), text);
            return;
        }
        Optional<String> extra = BookWords.extraTime(text);
        LocalDate today = LocalDate.now(clock.withZone(When.UK));
        turn.state().enter(NAME, Step.WHO);
        turn.state().write(BookState.empty().with(b -> {
            b.names = BookWords.forNames(text);
            b.extraTime = extra.isPresent();
            b.extraFor = extra.orElse(null);
            b.unit = BookWords.unit(text).orElse(null);
            b.delivery = BookWords.delivery(text).orElse(null);
            b.mode = BookWords.mode(text).orElse(null);
            b.date = When.date(text, today, false).orElse(null);
            b.time = When.time(text).orElse(null);
        }));
        access.guarded(turn, () -> {
            if (identify(turn, turn.state().read(BookState.class).names(), false)) {
                steps.next(turn);
            }
        });
    }

    @Override
    public void resume(Turn turn) {
        Step step = turn.state().step(Step.class);
        if (step == null) {
            turn.state().clear();
            return;
        }
        access.guarded(turn, () -> {
            if (step == Step.WHO) {
                onWho(turn);
            } else {
                steps.resume(turn, step);
            }
        });
    }

    private void onWho(Turn turn) {
        BookState s = turn.state().read(BookState.class);
        Optional<Long> picked = LearnerChooser.picked(turn, s.offered());
        if (picked.isPresent()) {
            List<Long> ids = new ArrayList<>(s.learnerIds());
            ids.add(picked.get());
            turn.state().write(s.with(b -> {
                b.learnerIds = ids;
                b.offered = List.of();
            }));
            steps.next(turn);
        } else if (turn.text() != null) {
            if (identify(turn, BookWords.forNames(turn.text()), true)) {
                steps.next(turn);
            }
        } else {
            turn.say("Please pick one of the learners above, or type a name.");
        }
    }

    /** Reads the learners {@code text} names; whether the flow can go on (false when it asked or ended). */
    private boolean identify(Turn turn, String text, boolean mustName) {
        CentreLearners centre = learners.apply(turn.admin());
        String words = OrderSteps.names(OrderSteps.products(turn, centre)).without(text);
        LearnerReferences.Found named = who.references().find(centre, words);
        if (!mustName && !named.named()) {
            return true;
        }
        Who.Answer found = who.answer(turn, named, "Who is the test for?");
        BookState s = turn.state().read(BookState.class);
        if (found.missing()) {
            turn.state().clear();
            return false;
        }
        turn.state().write(s.with(b -> {
            b.learnerIds = found.ids();
            b.offered = found.offered();
        }));
        return found.complete();
    }
}

package org.examdesk.bot.flows.learners;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.bot.engine.Turn;
import org.examdesk.bot.flows.learners.BookState.Step;
import org.examdesk.bot.flows.learners.LearnerChooser.Offered;
import org.examdesk.bot.understanding.Words;

/**
 * The answers of the booking flow, pressed or typed, and the product: the one every learner is registered on (named
 * in the message, or asked among those they share); a learner not registered on it is named and nothing is booked.
 */
final class BookInputs {
    private final BookSteps steps;
    private final BookProduct product;
    private final Function<AdminClient.Caller, CentreBookings> bookings;
    private final Clock clock;

    BookInputs(
            BookSteps steps,
            Function<AdminClient.Caller, CentreLearners> learners,
            Function<AdminClient.Caller, CentreBookings> bookings,
            Clock clock) {
        this.steps = steps;
        this.product = new BookProduct(steps, learners);
        this.bookings = bookings;
        this.clock = clock;
    }

    CentreBookings bookings(AdminClient.Caller caller) {
        return bookings.apply(caller);
    }

    void resume(Turn turn, Step step) {
        BookState s = turn.state().read(BookState.class);
        String text = turn.text() == null ? "" : turn.text();
        String action = turn.action() == null ? "" : turn.action();
        switch (step) {
            case PRODUCT -> onProduct(turn, s, action, text);
            case UNIT -> update(
                    turn,
                    BookWords.unit(text.matches("\\s*\\d{1,2}\\s*") ? "unit " + text : text)
                            .map(u -> s.with(b -> b.unit = u)),
                    "Please give the unit, such as \"unit 2\".");
            case DELIVERY -> update(
                    turn,
                    (action.startsWith("delivery:") ? Optional.of(action.substring(9)) : BookWords.delivery(text))
                            .map(d -> s.with(b -> b.delivery = d)),
                    "Please pick onscreen or paper-based above.");
            case WHEN -> onWhen(turn, s, text);
            case MODE -> update(
                    turn,
                    (action.startsWith("mode:") ? Optional.of(action.substring(5)) : BookWords.mode(text))
                            .map(m -> s.with(b -> b.mode = m)),
                    "Please pick classroom (LAN), offline or online above.");
            case EARLIEST -> {
                if (CancelSteps.confirmed(turn, BookSteps.EARLIEST)) {
                    steps.next(turn);
                }
            }
            case CONFIRM -> {
                if (CancelSteps.confirmed(turn, BookSteps.BOOK)) {
                    steps.book(turn);
                }
            }
            default -> steps.next(turn);
        }
    }

    private void update(Turn turn, Optional<BookState> changed, String again) {
        if (changed.isEmpty()) {
            turn.say(again + " Or say \"cancel\".");
            return;
        }
        turn.state().write(changed.get());
        steps.next(turn);
    }

    private void onWhen(Turn turn, BookState s, String text) {
        LocalDate today = LocalDate.now(clock.withZone(When.UK));
        Optional<LocalDate> date = When.date(text, today, false);
        var time = When.time(text);
        if (date.isEmpty() && time.isEmpty()) {
            turn.say("I couldn't read that. Give a day and a time, such as \"tomorrow at 10\" or \"14 January at "
                    + "9:30\", or say \"cancel\".");
            return;
        }
        turn.state().write(s.with(b -> {
            b.date = date.orElse(s.date());
            b.time = time.orElse(s.time());
        }));
        steps.next(turn);
    }

    private void onProduct(Turn turn, BookState s, String action, String text) {
        Optional<Offered> chosen = action.startsWith("product:")
                ? s.products().stream()
                        .filter(o -> action.substring(8).equals(String.valueOf(o.id())))
                        .findFirst()
                : new ProductNames<>(s.products(), Offered::label, Offered::label)
                        .named(text).stream().findFirst();
        if (chosen.isEmpty()) {
            turn.say("Please pick one of the qualifications above, or say \"cancel\".");
            return;
        }
        String label = chosen.get().label();
        int open = label.lastIndexOf(" (");
        turn.state().write(s.with(b -> {
            b.product = label.substring(open + 2, label.length() - 1);
            b.productTitle = label.substring(0, open);
        }));
        steps.next(turn);
    }

    /** Finds the product every learner is registered on, or asks which, or says who is not registered. */
    void product(Turn turn) {
        product.product(turn);
    }

    /** The state with who gets extra time: the learners named after "extra time", or everyone. */
    BookState withExtraTime(Turn turn, BookState s) {
        if (!s.extraTime() || !s.extraTimeIds().isEmpty()) {
            return s;
        }
        String after = Words.fold(s.extraFor() == null ? "" : s.extraFor());
        List<Long> named = new ArrayList<>();
        for (int i = 0; i < s.learnerIds().size(); i++) {
            for (String part : s.learnerNames().get(i).split(" ")) {
                if (after.matches("(?s).*\\b" + java.util.regex.Pattern.quote(Words.fold(part)) + "\\b.*")) {
                    named.add(s.learnerIds().get(i));
                    break;
                }
            }
        }
        List<Long> ids = named.isEmpty() ? s.learnerIds() : named;
        return s.with(b -> b.extraTimeIds = ids);
    }

    /** "Chloe Evans (25% extra time) and Amir Khan". */
    String who(BookState s) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < s.learnerIds().size(); i++) {
            parts.add(s.learnerNames().get(i)
                    + (s.extraTimeIds().contains(s.learnerIds().get(i)) ? " (25% extra time)" : ""));
        }
        return Wording.names(parts);
    }
}

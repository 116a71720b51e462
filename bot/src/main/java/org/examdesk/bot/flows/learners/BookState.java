package org.examdesk.bot.flows.learners;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.examdesk.bot.flows.learners.LearnerChooser.Offered;

/**
 * What the booking flow has gathered between turns: the words that may name the learners (read once), the learners
 * offered and chosen, who gets 25 % extra time (the words after "extra time", or everyone), the product, the unit,
 * the delivery method and mode, the date and time.
 */
record BookState(
        String names,
        String extraFor,
        boolean extraTime,
        List<Offered> offered,
        List<Long> learnerIds,
        List<String> learnerNames,
        List<Long> extraTimeIds,
        String product,
        String productTitle,
        List<Offered> products,
        String unit,
        String delivery,
        String mode,
        LocalDate date,
        LocalTime time) {

    /** The steps: who, which product, which unit, how, when, which mode, an earlier date refused, confirming. */
    enum Step {
        WHO,
        PRODUCT,
        UNIT,
        DELIVERY,
        WHEN,
        MODE,
        EARLIEST,
        CONFIRM
    }

    BookState {
        offered = offered == null ? List.of() : List.copyOf(offered);
        learnerIds = learnerIds == null ? List.of() : List.copyOf(learnerIds);
        learnerNames = learnerNames == null ? List.of() : List.copyOf(learnerNames);
        extraTimeIds = extraTimeIds == null ? List.of() : List.copyOf(extraTimeIds);
        products = products == null ? List.of() : List.copyOf(products);
    }

    BookState with(Change change) {
        Builder b = new Builder(this);
        change.apply(b);
        return b.build();
    }

    /** One change to the state, made on a mutable copy. */
    interface Change {
        void apply(Builder b);
    }

    /** A mutable copy of the state. */
    static final class Builder {
        String names;
        String extraFor;
        boolean extraTime;
        List<Offered> offered;
        List<Long> learnerIds;
        List<String> learnerNames;
        List<Long> extraTimeIds;
        String product;
        String productTitle;
        List<Offered> products;
        String unit;
        String delivery;
        String mode;
        LocalDate date;
        LocalTime time;

        Builder(BookState s) {
            names = s.names;
            extraFor = s.extraFor;
            extraTime = s.extraTime;
            offered = s.offered;
            learnerIds = s.learnerIds;
            learnerNames = s.learnerNames;
            extraTimeIds = s.extraTimeIds;
            product = s.product;
            productTitle = s.productTitle;
            products = s.products;
            unit = s.unit;
            delivery = s.delivery;
            mode = s.mode;
            date = s.date;
            time = s.time;
        }

        BookState build() {
            return new BookState(
                    names,
                    extraFor,
                    extraTime,
                    offered,
                    learnerIds,
                    learnerNames,
                    extraTimeIds,
                    product,
                    productTitle,
                    products,
                    unit,
                    delivery,
                    mode,
                    date,
                    time);
        }
    }

    static BookState empty() {
        return new BookState(null, null, false, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}

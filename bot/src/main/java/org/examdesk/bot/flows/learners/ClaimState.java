package org.examdesk.bot.flows.learners;

import java.time.LocalDate;
import java.util.List;
import org.examdesk.bot.flows.learners.LearnerChooser.Offered;

/**
 * What the claim flow has gathered between turns: the message, the learners offered and chosen (by name or as a
 * learner group), the product, the award type and date, the units and grades claimed (the same for every learner,
 * as "U1=P"), and the learners left out with why.
 */
record ClaimState(
        String text,
        List<Offered> offered,
        List<Long> learnerIds,
        List<String> learnerNames,
        List<String> left,
        String product,
        String productTitle,
        String awardType,
        LocalDate awardDate,
        List<String> units) {

    /** The steps: who, the award type, the award date, the units and grades, confirming. */
    enum Step {
        WHO,
        TYPE,
        DATE,
        UNITS,
        CONFIRM
    }

    ClaimState {
        offered = offered == null ? List.of() : List.copyOf(offered);
        learnerIds = learnerIds == null ? List.of() : List.copyOf(learnerIds);
        learnerNames = learnerNames == null ? List.of() : List.copyOf(learnerNames);
        left = left == null ? List.of() : List.copyOf(left);
        units = units == null ? List.of() : List.copyOf(units);
    }

    static ClaimState of(String text, String awardType, LocalDate awardDate, List<String> units) {
        return new ClaimState(text, null, null, null, null, null, null, awardType, awardDate, units);
    }

    ClaimState offering(List<Offered> learners, List<Long> clear) {
        return new ClaimState(
                text, learners, clear, learnerNames, left, product, productTitle, awardType, awardDate, units);
    }

    ClaimState learners(List<Long> ids) {
        return new ClaimState(
                text, List.of(), ids, learnerNames, left, product, productTitle, awardType, awardDate, units);
    }

    ClaimState checked(String ref, String title, List<Long> ids, List<String> names, List<String> leftOut) {
        return new ClaimState(text, List.of(), ids, names, leftOut, ref, title, awardType, awardDate, units);
    }

    ClaimState type(String t) {
        return new ClaimState(
                text, offered, learnerIds, learnerNames, left, product, productTitle, t, awardDate, units);
    }

    ClaimState date(LocalDate d) {
        return new ClaimState(
                text, offered, learnerIds, learnerNames, left, product, productTitle, awardType, d, units);
    }

    ClaimState units(List<String> u) {
        return new ClaimState(
                text, offered, learnerIds, learnerNames, left, product, productTitle, awardType, awardDate, u);
    }
}

package org.examdesk.bot.flows.learners;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.BookingModels.ClaimLearner;
import org.examdesk.admin.client.BookingModels.ClaimRequest;
import org.examdesk.admin.client.BookingModels.Claimed;
import org.examdesk.bot.engine.Turn;
import org.examdesk.bot.flows.learners.ClaimState.Step;

/**
 * A claim once its learners are known: the product (named, or the one they share), each learner's registration on
 * it checked (who is left out and why), the award type, date and units asked when missing, the confirmation, and the
 * claim submitted once, with the admin API's answer on who is submitted and who is kept ineligible and why.
 */
final class ClaimSteps {
    static final String CLAIM = "do:claim";
    static final String ASSESSORS = "Only a centre administrator can make a claim: assessors can do everything else in"
            + " learner management, but certificate claims need your centre administrator.";

    private final Function<AdminClient.Caller, CentreLearners> learners;
    private final Function<AdminClient.Caller, CentreBookings> bookings;
    private final Clock clock;

    ClaimSteps(
            Function<AdminClient.Caller, CentreLearners> learners,
            Function<AdminClient.Caller, CentreBookings> bookings,
            Clock clock) {
        this.learners = learners;
        this.bookings = bookings;
        this.clock = clock;
    }

    /** Whether the speaker is an assessor (and not a centre administrator): then the claim is refused with why. */
    static boolean assessorOnly(Turn turn) {
        var user = turn.speaker().user();
        if (user.hasRole("ASSESSOR") && !user.hasRole(CancelSteps.CENTRE_ADMINISTRATOR)) {
            turn.state().clear();
            turn.say(ASSESSORS);
            return true;
        }
        return false;
    }

    void resume(Turn turn, Step step) {
        ClaimState s = turn.state().read(ClaimState.class);
        String text = turn.text() == null ? "" : turn.text();
        String action = turn.action() == null ? "" : turn.action();
        switch (step) {
            case TYPE -> {
                String type = action.startsWith("type:")
                        ? action.substring(5)
                        : ClaimWords.awardType(text).orElse(null);
                if (type == null) {
                    turn.say("Please pick Full, Interim or Fallback above, or say \"cancel\".");
                    return;
                }
                turn.state().write(s.type(type));
                next(turn);
            }
            case DATE -> {
                var date = When.date(text, today(), true);
                if (date.isEmpty()) {
                    turn.say("I couldn't read that date. Type it like 1 September or 01/09/2026, or say \"cancel\".");
                    return;
                }
                turn.state().write(s.date(date.get()));
                next(turn);
            }
            case UNITS -> {
                List<String> units = ClaimWords.units(text);
                if (units.isEmpty()) {
                    turn.say("Give each unit with its grade, such as \"U1 P, U2 M, U3 D\", or say \"cancel\".");
                    return;
                }
                turn.state().write(s.units(units));
                next(turn);
            }
            case CONFIRM -> {
                if (CancelSteps.confirmed(turn, CLAIM)) {
                    submit(turn, s);
                }
            }
            default -> next(turn);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(When.UK));
    }

    /** Asks for what is missing, or confirms. */
    void next(Turn turn) {
        ClaimState s = turn.state().read(ClaimState.class);
        if (s.product() == null) {
            if (ClaimLearners.check(turn, s, learners.apply(turn.admin()))) {
                next(turn);
            }
        } else if (s.awardType() == null) {
            turn.state().step(Step.TYPE);
            turn.choices(
                    "Which award?",
                    List.of(
                            turn.option("Full: all units, full certificate", "type:FULL"),
                            turn.option("Interim: some units, more to come", "type:INTERIM"),
                            turn.option("Fallback: some units, no more to come", "type:FALLBACK")));
        } else if (s.awardDate() == null
                || s.awardDate().isAfter(today())
                || s.awardDate().isBefore(today().minusMonths(3))) {
            turn.state().step(Step.DATE);
            String rule = "the award date can't be in the future, nor more than 3 months back (the earliest allowed is "
                    + Dates.show(today().minusMonths(3)) + ")";
            turn.say(
                    s.awardDate() == null
                            ? "What is the award date? For example \"today\" or \"1 November\"; " + rule + "."
                            : "The award date " + Dates.show(s.awardDate()) + " can't be used: " + rule
                                    + ". What is the award date?");
        } else if (s.units().isEmpty()) {
            turn.state().step(Step.UNITS);
            turn.say("Which units and grades are claimed? One claim gives every learner the same units and grades, "
                    + "for example \"U1 P, U2 M, U3 P\".");
        } else {
            confirm(turn, s);
        }
    }

    private void confirm(Turn turn, ClaimState s) {
        turn.state().step(Step.CONFIRM);
        String who = s.learnerNames().size() > 8
                ? s.learnerNames().size() + " learners"
                : s.learnerNames().size()
                        + (s.learnerNames().size() == 1 ? " learner: " : " learners: ")
                        + Wording.names(s.learnerNames());
        String left = s.left().isEmpty()
                ? ""
                : " Left out, as they can't be claimed for: " + String.join("; ", s.left()) + ".";
        turn.confirm(
                "Claim a " + ClaimWords.award(s.awardType()) + " on " + s.productTitle() + " (" + s.product()
                        + ") for " + who + ", with " + ClaimWords.shown(s.units()) + ", award date "
                        + Dates.show(s.awardDate()) + "?" + left + " Each claim is checked against the rules of "
                        + "combination of the learner's pathway: those who meet them are submitted, and anyone who "
                        + "does not is kept unsubmitted, and I'll say why.",
                CLAIM);
    }

    private void submit(Turn turn, ClaimState s) {
        List<ClaimLearner> claimed = s.learnerIds().stream()
                .map(id -> new ClaimLearner(id, s.product(), ClaimWords.grades(s.units())))
                .toList();
        AdminClient.Caller once = turn.adminOnce("claim");
        try {
            Claimed done = bookings.apply(once).claim(new ClaimRequest(s.awardType(), s.awardDate(), claimed));
            turn.state().clear();
            turn.say("Done: " + done.message() + " Reference: " + once.reference() + ".");
        } catch (AdminApiException e) {
            if (e.status() != 403 && e.status() != 409 && e.status() != 422) {
                throw e;
            }
            turn.state().clear();
            turn.say("The claim was not made: " + e.getMessage());
        }
    }
}

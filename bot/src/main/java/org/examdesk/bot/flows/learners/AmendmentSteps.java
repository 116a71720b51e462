package org.examdesk.bot.flows.learners;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.LearnerModels.Amended;
import org.examdesk.admin.client.LearnerModels.Amendment;
import org.examdesk.bot.engine.Turn;
import org.examdesk.bot.flows.learners.AmendmentState.Step;
import org.examdesk.bot.flows.learners.AmendmentWords.Field;
import org.examdesk.bot.understanding.Slots;

/**
 * The amendment once the learner is known: which detail and its new value (asked when missing), then the case
 * offered when the learner's one amendment is used, or the change confirmed and made once, as the person talking
 * with an idempotency key.
 */
final class AmendmentSteps {
    static final String FIELD = "field:";
    static final String AMEND = "do:amend";

    private final Function<AdminClient.Caller, CentreLearners> learners;

    AmendmentSteps(Function<AdminClient.Caller, CentreLearners> learners) {
        this.learners = learners;
    }

    void resume(Turn turn, Step step) {
        switch (step) {
            case FIELD -> onField(turn);
            case VALUE -> onValue(turn);
            case CONFIRM -> onConfirm(turn);
            default -> next(turn);
        }
    }

    private void onField(Turn turn) {
        String action = turn.action();
        Optional<Field> field = action != null && action.startsWith(FIELD)
                ? Field.ofApi(action.substring(FIELD.length()))
                : AmendmentWords.field(turn.text() == null ? "" : turn.text());
        if (field.isEmpty()) {
            turn.say("A centre can amend only the given name, the family name or the date of birth. Pick one above.");
            return;
        }
        AmendmentState s = turn.state().read(AmendmentState.class).withField(field.get());
        String text = turn.text();
        turn.state()
                .write(
                        text == null
                                ? s
                                : s.withValue(
                                        AmendmentWords.value(text, field.get()).orElse(null)));
        next(turn);
    }

    private void onValue(Turn turn) {
        AmendmentState s = turn.state().read(AmendmentState.class);
        Optional<String> value = turn.text() == null ? Optional.empty() : AmendmentWords.typed(turn.text(), s.field());
        if (value.isEmpty()) {
            turn.say(
                    s.field() == Field.DATE_OF_BIRTH
                            ? "I couldn't read that date. Type it like 3 May 2009 or 03/05/2009, or say \"cancel\"."
                            : "Type the new " + s.field().words
                                    + " only (letters, spaces, hyphens or apostrophes), or say " + "\"cancel\".");
            return;
        }
        turn.state().write(s.withValue(value.get()));
        next(turn);
    }
    /** Asks for what is missing; then offers the case when the amendment is used, or confirms the change. */
    void next(Turn turn) {
        AmendmentState s = turn.state().read(AmendmentState.class);
        if (s.field() == null) {
            turn.state().step(Step.FIELD);
            turn.choices(
                    "Which detail of " + s.name() + " should change?",
                    List.of(
                            turn.option("Given name (" + s.givenName() + ")", FIELD + Field.GIVEN_NAME.api),
                            turn.option("Family name (" + s.familyName() + ")", FIELD + Field.FAMILY_NAME.api),
                            turn.option(
                                    "Date of birth (" + Dates.show(s.dateOfBirth()) + ")",
                                    FIELD + Field.DATE_OF_BIRTH.api)));
        } else if (s.value() == null) {
            turn.state().step(Step.VALUE);
            turn.say("What should " + s.name() + "'s " + s.field().words + " be? On file now: "
                    + AmendmentWords.show(s.field(), s.current()) + ".");
        } else if (s.used()) {
            AmendmentCase.offer(
                    turn,
                    s,
                    s.described() + " has already had the one amendment a centre may make (" + s.usedFor()
                            + "), so I can't change the " + s.field().words + " here: any further amendment is "
                            + "made by the board's account specialist.");
        } else {
            turn.state().step(Step.CONFIRM);
            turn.confirm(
                    "Change the " + s.field().words + " of " + s.described() + " from "
                            + AmendmentWords.show(s.field(), s.current()) + " to "
                            + AmendmentWords.show(s.field(), s.value()) + "? This is the one amendment your centre "
                            + "can make to this learner; any later change needs the board's account specialist.",
                    AMEND);
        }
    }

    private void onConfirm(Turn turn) {
        Slots.YesNo typed = turn.text() == null ? Slots.YesNo.UNCLEAR : Slots.yesNo(turn.text());
        if (typed == Slots.YesNo.NO) {
            turn.state().clear();
            turn.say("Fine, I have changed nothing. What else can I help with?");
            return;
        }
        if (!AMEND.equals(turn.action()) && typed != Slots.YesNo.YES) {
            turn.say("Please answer with the buttons above (or type yes or no), or say \"cancel\".");
            return;
        }
        AmendmentState s = turn.state().read(AmendmentState.class);
        AdminClient.Caller once = turn.adminOnce("amend");
        try {
            Amended done = learners.apply(once).amend(s.learnerId(), s.field().api, s.value());
            turn.state().clear();
            turn.say("Done: " + done.message() + " Reference: " + once.reference() + ".");
        } catch (AdminApiException e) {
            if (e.status() == 409) {
                AmendmentCase.offer(turn, s, e.getMessage());
            } else if (e.status() == 422) {
                turn.state().write(s.withValue(null));
                turn.state().step(Step.VALUE);
                turn.say("That change was not accepted: " + e.getMessage() + " What should the " + s.field().words
                        + " be?");
            } else {
                throw e;
            }
        }
    }
    /** "family name from Kahn to Khan, on 14 October 2025": the amendment already made. */
    static String made(Amendment a) {
        if (a == null) {
            return "made already";
        }
        Optional<Field> field = List.of(Field.values()).stream()
                .filter(f -> f.name().equals(a.field()))
                .findFirst();
        String words = field.map(f -> f.words).orElse(a.field());
        String from = field.map(f -> AmendmentWords.show(f, a.oldValue())).orElse(a.oldValue());
        String to = field.map(f -> AmendmentWords.show(f, a.newValue())).orElse(a.newValue());
        return words + " from " + from + " to " + to
                + (a.madeAt() == null
                        ? ""
                        : ", on " + Dates.show(a.madeAt().atZone(ZoneOffset.UTC).toLocalDate()));
    }
}

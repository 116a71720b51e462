package org.examdesk.bot.flows.students;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.examdesk.bot.engine.Entities;
import org.examdesk.bot.engine.Turn;
import org.examdesk.bot.flows.cases.CaseDraft;
import org.examdesk.bot.flows.cases.OpenCaseFlow;
import org.examdesk.bot.flows.students.AccountState.Step;

/**
 * A failed activation caused by a wrong date of birth (domain section 1): the date comes from the exam entry, so
 * the centre cannot fix it and the board must. Asks for the correct date, then hands over to a case about exactly
 * this, with the student, both dates and the form's answers filled in.
 */
final class WrongDateOfBirth {
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** The contact form's answers for this problem (see the case taxonomy); any the taxonomy lacks are asked. */
    private static final CaseDraft FORM = CaseDraft.answers(
            "centre", "accounts-access", "student-accounts", "wrong-date-of-birth", "none", "not-applicable");

    void explain(Turn turn) {
        turn.state().step(Step.CORRECT_DOB);
        turn.say("The date of birth comes from the exam entry, so the centre cannot change it here: only the board "
                + "can correct it. I can open a case for you with the student's details filled in.");
        turn.say("What is " + turn.state().read(AccountState.class).studentName() + "'s correct date of birth? "
                + "For example 14/03/2010.");
    }

    void onCorrectDate(Turn turn) {
        Optional<LocalDate> correct = turn.text() == null ? Optional.empty() : Entities.parseDate(turn.text());
        if (correct.isEmpty()) {
            turn.say("I couldn't read that date. Type it as day/month/year, e.g. 14/03/2010, or say \"cancel\".");
            return;
        }
        AccountState state = turn.state().read(AccountState.class);
        String student = state.studentName() + " (UCI " + state.uci() + ")";
        String onFile = state.dob() != null ? state.dob().format(UK) : "unknown";
        OpenCaseFlow.handOver(
                turn,
                FORM.describedAs(
                        "Wrong date of birth for " + student,
                        "The student results account of " + student + " has the date of birth " + onFile
                                + ", taken from "
                                + "the exam entry. The correct date of birth is "
                                + correct.get().format(UK) + ". Please correct it "
                                + "so the account can be reactivated."));
        turn.choices(
                "Shall I open a case asking the board to change the date of birth from " + onFile + " to "
                        + correct.get().format(UK) + "?",
                List.of(turn.option("Open a case", "begin")));
    }
}

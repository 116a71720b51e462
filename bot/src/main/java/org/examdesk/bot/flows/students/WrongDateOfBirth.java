package org.examdesk.bot.flows.students;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.examdesk.bot.engine.Entities;
import org.examdesk.bot.engine.Turn;
import org.examdesk.bot.flows.cases.OpenCaseFlow;

/**
 * A failed activation caused by a wrong date of birth (domain section 1): the date comes from the exam entry, so
 * the centre cannot fix it and the board must. Asks for the correct date, then hands over to a case about exactly
 * this, with the student, both dates and the form's answers filled in.
 */
final class WrongDateOfBirth {
    static final String STEP = "correct_dob";
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** The contact form's answers for this problem (see the case taxonomy); any the taxonomy lacks are asked. */
    private static final Map<String, String> FORM = Map.of("customerType", "centre", "issueType", "accounts-access",
            "category", "student-accounts", "subcategory", "wrong-date-of-birth", "qualification", "none",
            "qualificationSubject", "not-applicable");

    void explain(Turn turn) {
        turn.state().step(STEP);
        turn.say("The date of birth comes from the exam entry, so the centre cannot change it here: only the board "
                + "can correct it. I can open a case for you with the student's details filled in.");
        turn.say("What is " + turn.state().data().path("studentName").asText() + "'s correct date of birth? "
                + "For example 14/03/2010.");
    }

    void onCorrectDate(Turn turn) {
        Optional<LocalDate> correct = turn.text() == null ? Optional.empty() : Entities.parseDate(turn.text());
        if (correct.isEmpty()) {
            turn.say("I couldn't read that date. Type it as day/month/year, e.g. 14/03/2010, or say \"cancel\".");
            return;
        }
        ObjectNode data = turn.state().data();
        String student = data.path("studentName").asText() + " (UCI " + data.path("uci").asText() + ")";
        String onFile = data.hasNonNull("dob") ? LocalDate.parse(data.get("dob").asText()).format(UK) : "unknown";
        Map<String, String> preset = new java.util.HashMap<>(FORM);
        preset.put("subject", "Wrong date of birth for " + student);
        preset.put("description", "The student results account of " + student + " has the date of birth "
                + onFile + ", taken from the exam entry. The correct date of birth is " + correct.get().format(UK)
                + ". Please correct it so the account can be reactivated.");
        OpenCaseFlow.handOver(turn, preset);
        turn.choices("Shall I open a case asking the board to change the date of birth from " + onFile + " to "
                + correct.get().format(UK) + "?", List.of(turn.option("Open a case", "begin")));
    }
}

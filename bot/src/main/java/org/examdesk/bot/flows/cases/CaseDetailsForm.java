package org.examdesk.bot.flows.cases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.engine.Turn;
import org.examdesk.bot.flows.cases.CaseDetailsStep.Detail;

/**
 * The forms of a case's details: every detail at once (subject, description and the contact details), or the
 * contact details alone when they are changed at the confirmation; and the checks of what is typed or sent.
 */
final class CaseDetailsForm {
    static final List<Detail> DETAILS = List.of(Detail.values());
    static final int MAX_DESCRIPTION = 10_000;
    private static final String FORM = "form:details";
    private static final String CONTACT_FORM = "form:contact";

    private CaseDetailsForm() {}

    /** The fields a form's button sends (none when the action is not one of these forms). */
    static List<Detail> fieldsSentBy(String action) {
        if (FORM.equals(action)) {
            return DETAILS;
        }
        return CONTACT_FORM.equals(action) ? ContactDetails.ALL : List.of();
    }

    /** The values the draft already has for these fields of a form, by field name. */
    static Map<String, String> values(CaseDraft draft, List<Detail> fields) {
        Map<String, String> given = new HashMap<>();
        for (Detail d : fields) {
            if (draft.detail(d) != null) {
                given.put(d.field, draft.detail(d));
            }
        }
        return given;
    }

    /**
     * The details as one form, or (after "change my contact details") the contact details alone; typing answers the
     * form's first question instead, and the others are then asked one at a time.
     */
    static void show(Turn turn, Map<String, String> given, List<Detail> shown) {
        turn.state().step(shown.get(0).step);
        List<Reply.Field> fields = new ArrayList<>();
        for (Detail d : shown) {
            fields.add(
                    switch (d) {
                        case SUBJECT -> field(d, "Subject (one line)", "text", given, 200);
                        case DESCRIPTION -> field(
                                d,
                                "What happened, and what do you need? Names, UCIs or candidate numbers help.",
                                "textarea",
                                given,
                                MAX_DESCRIPTION);
                        case CONTACT_EMAIL -> field(d, d.label, "email", given, 254);
                        case CONTACT_PHONE -> field(d, d.label, "tel", given, 30);
                        default -> field(d, d.label, "text", given, 200);
                    });
        }
        boolean details = shown.equals(DETAILS);
        turn.form(
                details
                        ? "Tell us about it in this form, or type the subject and I will ask the rest one at a time."
                        : "Check your contact details and change what you need.",
                details ? "In one line, what is it about?" : ContactDetails.question(shown.get(0)),
                "Continue",
                details ? FORM : CONTACT_FORM,
                fields);
    }

    private static Reply.Field field(Detail detail, String label, String type, Map<String, String> given, int max) {
        return new Reply.Field(detail.field, label, type, given.get(detail.field), true, max);
    }

    /** What is wrong with each sent field, as "Label: problem" sentences (empty when nothing is). */
    static List<String> problems(Map<String, String> given, List<Detail> asked) {
        List<String> problems = new ArrayList<>();
        for (Detail detail : asked) {
            String value = given.get(detail.field);
            String problem = value == null || value.isBlank() ? "please fill it in." : check(detail, value);
            if (problem != null) {
                problems.add(detail.label + ": " + problem);
            }
        }
        return problems;
    }

    static String check(Detail step, String text) {
        if (text == null || text.isBlank()) {
            return "Please type your answer, or say \"cancel\".";
        }
        String contactProblem = ContactDetails.problem(step, text);
        if (contactProblem != null) {
            return contactProblem;
        }
        if (step == Detail.SUBJECT && text.length() > 200) {
            return "Please keep the subject to one line (200 characters at most).";
        }
        if (text.length() > MAX_DESCRIPTION) {
            return "That is longer than " + MAX_DESCRIPTION + " characters; please shorten it.";
        }
        return null;
    }
}

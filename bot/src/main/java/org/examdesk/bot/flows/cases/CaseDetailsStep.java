package org.examdesk.bot.flows.cases;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.CaseModels.Contact;
import org.examdesk.admin.client.CaseModels.NewCase;
import org.examdesk.admin.client.CaseModels.Opened;
import org.examdesk.admin.client.CaseModels.Taxonomy;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.engine.Turn;
import org.examdesk.bot.flows.cases.OpenCaseFlow.Step;

/**
 * After the cascade: subject, description, contact (for visitors) as one form, or one question at a time for those
 * who type (and channels without forms); then support option, confirmation, and opening.
 */
final class CaseDetailsStep {
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.UK);
    private static final int MAX_DESCRIPTION = 10_000;
    private static final String FORM = "form:details";

    /** The details typed for a case: each is a field of the details form and a step when asked on its own. */
    enum Detail {
        SUBJECT("subject", "Subject", Step.SUBJECT),
        DESCRIPTION("description", "Description", Step.DESCRIPTION),
        CONTACT_NAME("contactName", "Your name", Step.CONTACT_NAME),
        CONTACT_EMAIL("contactEmail", "Email for our reply", Step.CONTACT_EMAIL);

        /** The name of its field in the details form. */
        final String field;

        final String label;
        final Step step;

        Detail(String field, String label, Step step) {
            this.field = field;
            this.label = label;
            this.step = step;
        }

        static Detail at(Step step) {
            for (Detail d : values()) {
                if (d.step == step) {
                    return d;
                }
            }
            return null;
        }
    }

    private final ChatHours hours;
    private final Function<Turn, SupportCases> cases;

    CaseDetailsStep(ChatHours hours, Function<Turn, SupportCases> cases) {
        this.hours = hours;
        this.cases = cases;
    }

    void begin(Turn turn, Taxonomy taxonomy) {
        next(turn, taxonomy);
    }

    void resume(Turn turn, Taxonomy taxonomy) {
        CaseDraft draft = turn.state().read(CaseDraft.class);
        Step step = turn.state().step(Step.class);
        String text = turn.text();
        if (FORM.equals(turn.action())) {
            acceptForm(turn, taxonomy);
            return;
        }
        switch (step == null ? Step.BEGIN : step) {
            case SUBJECT, DESCRIPTION, CONTACT_NAME, CONTACT_EMAIL -> {
                Detail detail = Detail.at(step);
                String problem = check(detail, text);
                if (problem != null) {
                    turn.say(problem);
                    return;
                }
                turn.state().write(draft.detail(detail, text.strip()));
            }
            case SUPPORT_OPTION -> {
                String action = turn.action() == null ? "" : turn.action();
                if (!List.of("option:MESSAGE", "option:CALL", "option:CHAT").contains(action)) {
                    turn.say("Please choose how you would like us to get back to you.");
                    return;
                }
                turn.state().write(draft.withSupportOption(action.substring(7)));
            }
            case CONFIRM -> {
                if ("do:open".equals(turn.action())) {
                    open(turn);
                } else {
                    turn.say("Please answer with the buttons above, or say \"cancel\".");
                }
                return;
            }
            default -> {}
        }
        next(turn, taxonomy);
    }

    private void next(Turn turn, Taxonomy taxonomy) {
        CaseDraft draft = turn.state().read(CaseDraft.class);
        boolean visitor = !turn.speaker().signedIn();
        if (draft.subject() == null && draft.description() == null) {
            showForm(turn, Map.of(), visitor);
        } else if (draft.subject() == null) {
            ask(turn, Step.SUBJECT, "In one line, what is it about?");
        } else if (draft.description() == null) {
            ask(
                    turn,
                    Step.DESCRIPTION,
                    "Please describe what happened and what you need. Include names, UCIs or "
                            + "candidate numbers if they help.");
        } else if (visitor && draft.contactName() == null) {
            ask(turn, Step.CONTACT_NAME, "What is your name?");
        } else if (visitor && draft.contactEmail() == null) {
            ask(turn, Step.CONTACT_EMAIL, "Which email address should we reply to?");
        } else if (draft.supportOption() == null) {
            turn.state().step(Step.SUPPORT_OPTION);
            List<Reply.Option> options = new ArrayList<>();
            options.add(turn.option("Send a message (we aim to reply within 48 hours)", "option:MESSAGE"));
            options.add(turn.option("Call us", "option:CALL"));
            if (CaseForm.chatAllowed(taxonomy, draft) && hours.openNow()) {
                options.add(turn.option("Chat with an agent now", "option:CHAT"));
            }
            turn.choices("How would you like us to help?", options);
        } else {
            turn.state().step(Step.CONFIRM);
            turn.confirm(
                    "Open a case about \"" + draft.subject() + "\" ("
                            + CaseForm.label(taxonomy, draft, CaseForm.Field.CATEGORY) + ", "
                            + CaseForm.label(taxonomy, draft, CaseForm.Field.SUBCATEGORY)
                            + "), support by " + draft.supportOption().toLowerCase(Locale.ROOT)
                            + "? This chat's transcript goes with it.",
                    "do:open");
        }
    }

    /** The details as one form; typing answers the first question instead (step SUBJECT). */
    private static void showForm(Turn turn, Map<String, String> given, boolean visitor) {
        turn.state().step(Step.SUBJECT);
        List<Reply.Field> fields = new ArrayList<>();
        fields.add(field(Detail.SUBJECT, "Subject (one line)", "text", given, 200));
        fields.add(field(
                Detail.DESCRIPTION,
                "What happened, and what do you need? Names, UCIs or candidate " + "numbers help.",
                "textarea",
                given,
                MAX_DESCRIPTION));
        if (visitor) {
            fields.add(field(Detail.CONTACT_NAME, Detail.CONTACT_NAME.label, "text", given, 100));
            fields.add(field(Detail.CONTACT_EMAIL, Detail.CONTACT_EMAIL.label, "email", given, 254));
        }
        turn.form(
                "Tell us about it in this form, or type the subject and I will ask the rest one at a time.",
                "In one line, what is it about?",
                "Continue",
                FORM,
                fields);
    }

    private static Reply.Field field(Detail detail, String label, String type, Map<String, String> given, int max) {
        return new Reply.Field(detail.field, label, type, given.get(detail.field), true, max);
    }

    private void acceptForm(Turn turn, Taxonomy taxonomy) {
        boolean visitor = !turn.speaker().signedIn();
        Map<String, String> given = turn.values();
        List<Detail> asked = visitor ? List.of(Detail.values()) : List.of(Detail.SUBJECT, Detail.DESCRIPTION);
        List<String> problems = new ArrayList<>();
        for (Detail detail : asked) {
            String value = given.get(detail.field);
            String problem = value == null || value.isBlank() ? "please fill it in." : check(detail, value);
            if (problem != null) {
                problems.add(detail.label + ": " + problem);
            }
        }
        if (!problems.isEmpty()) {
            turn.say("Please check the form. " + String.join(" ", problems));
            showForm(turn, given, visitor);
            return;
        }
        CaseDraft draft = turn.state().read(CaseDraft.class);
        for (Detail detail : asked) {
            draft = draft.detail(detail, given.get(detail.field).strip());
        }
        turn.state().write(draft);
        next(turn, taxonomy);
    }

    private static void ask(Turn turn, Step step, String question) {
        turn.state().step(step);
        turn.say(question);
    }

    private static String check(Detail step, String text) {
        if (text == null || text.isBlank()) {
            return "Please type your answer, or say \"cancel\".";
        }
        if (step == Detail.CONTACT_EMAIL && !text.strip().matches("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}")) {
            return "That doesn't look like an email address. Type it like name@example.org.";
        }
        if (step == Detail.SUBJECT && text.length() > 200) {
            return "Please keep the subject to one line (200 characters at most).";
        }
        if (text.length() > MAX_DESCRIPTION) {
            return "That is longer than " + MAX_DESCRIPTION + " characters; please shorten it.";
        }
        return null;
    }

    private void open(Turn turn) {
        CaseDraft d = turn.state().read(CaseDraft.class);
        Contact contact = d.contactEmail() != null ? new Contact(text(d.contactName()), d.contactEmail(), null) : null;
        NewCase request = new NewCase(
                text(d.customerType()),
                text(d.issueType()),
                text(d.category()),
                text(d.subcategory()),
                text(d.qualification()),
                text(d.qualificationSubject()),
                text(d.subject()),
                text(d.description()),
                text(d.supportOption()),
                contact,
                turn.conversationId());
        try {
            Opened opened = cases.apply(turn).open(request);
            String option = text(d.supportOption());
            turn.state().clear();
            turn.add(new Reply.CaseCard(opened.number(), opened.status()));
            turn.say("Case " + opened.number() + " is open with the " + opened.queueLabel() + " team. We will reply by "
                    + DUE.format(opened.dueAt().atZone(hours.zone())) + " at the latest."
                    + (opened.message() == null ? "" : " " + opened.message()));
            if (option.equals("CHAT")) {
                LiveChatFlow.enter(turn, opened.number());
            }
        } catch (AdminApiException e) {
            if (e.status() >= 500 || e.status() == 401) {
                throw e;
            }
            turn.state().clear();
            turn.say("The case could not be opened: " + e.getMessage()
                    + (e.details().isEmpty() ? "" : " (" + String.join(", ", e.details()) + ")"));
        }
    }

    /** A missing answer as the empty text the admin API validates (and refuses where it is required). */
    private static String text(String value) {
        return value == null ? "" : value;
    }
}

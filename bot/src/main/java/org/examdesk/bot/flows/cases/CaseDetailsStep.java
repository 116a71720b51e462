package org.examdesk.bot.flows.cases;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
 * After the cascade: subject, description and the contact details (pre-filled from the previous case or profile,
 * see {@link ContactDetails}) as one form, or one question at a time for those who type (and channels without
 * forms); then support option, confirmation (where the contact details can be changed), and opening.
 */
final class CaseDetailsStep {
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.UK);
    private static final String CHANGE_CONTACT = "do:contact";

    /** The details typed for a case: each is a field of the details form and a step when asked on its own. */
    enum Detail {
        SUBJECT("subject", "Subject", Step.SUBJECT),
        DESCRIPTION("description", "Description", Step.DESCRIPTION),
        CONTACT_NAME("contactName", "Your name", Step.CONTACT_NAME),
        CONTACT_EMAIL("contactEmail", "Email for our reply", Step.CONTACT_EMAIL),
        CONTACT_PHONE("contactPhone", "Phone number", Step.CONTACT_PHONE),
        CONTACT_COUNTRY("contactCountry", "Country", Step.CONTACT_COUNTRY),
        CONTACT_LANGUAGE("contactLanguage", "Language for our reply", Step.CONTACT_LANGUAGE),
        CONTACT_INSTITUTION("contactInstitution", "School, college, institution or role", Step.CONTACT_INSTITUTION);

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
        List<Detail> sent = CaseDetailsForm.fieldsSentBy(turn.action());
        if (!sent.isEmpty()) {
            acceptForm(turn, taxonomy, sent);
            return;
        }
        Detail typed = step == null ? null : Detail.at(step);
        if (typed != null) {
            String problem = CaseDetailsForm.check(typed, text);
            if (problem != null) {
                turn.say(problem);
                return;
            }
            turn.state().write(draft.detail(typed, text.strip()));
            next(turn, taxonomy);
            return;
        }
        switch (step == null ? Step.BEGIN : step) {
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
                } else if (CHANGE_CONTACT.equals(turn.action())) {
                    turn.state().write(draft.contactCleared());
                    CaseDetailsForm.show(turn, CaseDetailsForm.values(draft, ContactDetails.ALL), ContactDetails.ALL);
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
        if (draft.subject() == null && draft.description() == null) {
            draft = ContactDetails.prefilled(turn, draft, cases.apply(turn));
            CaseDetailsForm.show(turn, CaseDetailsForm.values(draft, CaseDetailsForm.DETAILS), CaseDetailsForm.DETAILS);
            return;
        }
        draft = ContactDetails.prefilled(turn, draft, cases.apply(turn));
        Optional<Detail> missingContact = ContactDetails.missing(draft);
        if (draft.subject() == null) {
            ask(turn, Step.SUBJECT, "In one line, what is it about?");
        } else if (draft.description() == null) {
            ask(
                    turn,
                    Step.DESCRIPTION,
                    "Please describe what happened and what you need. Include names, UCIs or "
                            + "candidate numbers if they help.");
        } else if (missingContact.isPresent()) {
            ask(turn, missingContact.get().step, ContactDetails.question(missingContact.get()));
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
                            + "? This chat's transcript goes with it. We will reach you as: "
                            + ContactDetails.summary(draft) + ".",
                    "do:open",
                    "Change my contact details",
                    CHANGE_CONTACT);
        }
    }

    private void acceptForm(Turn turn, Taxonomy taxonomy, List<Detail> asked) {
        Map<String, String> given = turn.values();
        List<String> problems = CaseDetailsForm.problems(given, asked);
        if (!problems.isEmpty()) {
            turn.say("Please check the form. " + String.join(" ", problems));
            CaseDetailsForm.show(turn, given, asked);
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

    private void open(Turn turn) {
        CaseDraft d = turn.state().read(CaseDraft.class);
        Contact contact = d.contact();
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
            } else if (turn.speaker().signedIn()) {
                CaseTrackingFlow.lookAt(turn, opened.number());
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

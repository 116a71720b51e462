package org.examdesk.bot.flows.cases;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.CaseModels.Contact;
import org.examdesk.admin.client.CaseModels.NewCase;
import org.examdesk.admin.client.CaseModels.Opened;
import org.examdesk.admin.client.CaseModels.Taxonomy;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.engine.Turn;

/**
 * After the cascade: subject, description, contact (for visitors) as one form, or one question at a time for those
 * who type (and channels without forms); then support option, confirmation, and opening.
 */
final class CaseDetailsStep {
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.UK);
    private static final int MAX_DESCRIPTION = 10_000;
    private static final String FORM = "form:details";
    private static final Map<String, String> LABELS = Map.of("subject", "Subject", "description", "Description",
            "contactName", "Your name", "contactEmail", "Email for our reply");

    private final ChatHours hours;

    CaseDetailsStep(ChatHours hours) {
        this.hours = hours;
    }

    void begin(Turn turn, Taxonomy taxonomy) {
        next(turn, taxonomy);
    }

    void resume(Turn turn, Taxonomy taxonomy) {
        ObjectNode data = turn.state().data();
        String step = turn.state().step();
        String text = turn.text();
        if (FORM.equals(turn.action())) {
            acceptForm(turn, taxonomy);
            return;
        }
        switch (step) {
            case "subject", "description", "contactName", "contactEmail" -> {
                String problem = check(step, text);
                if (problem != null) {
                    turn.say(problem);
                    return;
                }
                data.put(step, text.strip());
            }
            case "supportOption" -> {
                String action = turn.action() == null ? "" : turn.action();
                if (!List.of("option:MESSAGE", "option:CALL", "option:CHAT").contains(action)) {
                    turn.say("Please choose how you would like us to get back to you.");
                    return;
                }
                data.put("supportOption", action.substring(7));
            }
            case "confirm" -> {
                if ("do:open".equals(turn.action())) {
                    open(turn);
                } else {
                    turn.say("Please answer with the buttons above, or say \"cancel\".");
                }
                return;
            }
            default -> { }
        }
        next(turn, taxonomy);
    }

    private void next(Turn turn, Taxonomy taxonomy) {
        ObjectNode data = turn.state().data();
        boolean visitor = !turn.speaker().signedIn();
        if (!data.hasNonNull("subject") && !data.hasNonNull("description")) {
            showForm(turn, Map.of(), visitor);
        } else if (!data.hasNonNull("subject")) {
            ask(turn, "subject", "In one line, what is it about?");
        } else if (!data.hasNonNull("description")) {
            ask(turn, "description", "Please describe what happened and what you need. Include names, UCIs or "
                    + "candidate numbers if they help.");
        } else if (visitor && !data.hasNonNull("contactName")) {
            ask(turn, "contactName", "What is your name?");
        } else if (visitor && !data.hasNonNull("contactEmail")) {
            ask(turn, "contactEmail", "Which email address should we reply to?");
        } else if (!data.hasNonNull("supportOption")) {
            turn.state().step("supportOption");
            List<Reply.Option> options = new ArrayList<>();
            options.add(turn.option("Send a message (we aim to reply within 48 hours)", "option:MESSAGE"));
            options.add(turn.option("Call us", "option:CALL"));
            if (CaseForm.chatAllowed(taxonomy, data) && hours.openNow()) {
                options.add(turn.option("Chat with an agent now", "option:CHAT"));
            }
            turn.choices("How would you like us to help?", options);
        } else {
            turn.state().step("confirm");
            turn.confirm("Open a case about \"" + data.path("subject").asText() + "\" ("
                    + CaseForm.label(taxonomy, data, "category") + ", " + CaseForm.label(taxonomy, data, "subcategory")
                    + "), support by " + data.path("supportOption").asText().toLowerCase(Locale.ROOT)
                    + "? This chat's transcript goes with it.", "do:open");
        }
    }

    /** The details as one form; typing answers the first question instead (step "subject"). */
    private static void showForm(Turn turn, Map<String, String> given, boolean visitor) {
        turn.state().step("subject");
        List<Reply.Field> fields = new ArrayList<>();
        fields.add(new Reply.Field("subject", "Subject (one line)", "text", given.get("subject"), true, 200));
        fields.add(new Reply.Field("description", "What happened, and what do you need? Names, UCIs or candidate "
                + "numbers help.", "textarea", given.get("description"), true, MAX_DESCRIPTION));
        if (visitor) {
            fields.add(new Reply.Field("contactName", LABELS.get("contactName"), "text", given.get("contactName"), true, 100));
            fields.add(new Reply.Field("contactEmail", LABELS.get("contactEmail"), "email", given.get("contactEmail"),
                    true, 254));
        }
        turn.form("Tell us about it in this form, or type the subject and I will ask the rest one at a time.",
                "In one line, what is it about?", "Continue", FORM, fields);
    }

    private void acceptForm(Turn turn, Taxonomy taxonomy) {
        boolean visitor = !turn.speaker().signedIn();
        Map<String, String> given = turn.values();
        List<String> names = visitor ? List.of("subject", "description", "contactName", "contactEmail")
                : List.of("subject", "description");
        List<String> problems = new ArrayList<>();
        for (String name : names) {
            String value = given.get(name);
            String problem = value == null || value.isBlank() ? "please fill it in." : check(name, value);
            if (problem != null) {
                problems.add(LABELS.get(name) + ": " + problem);
            }
        }
        if (!problems.isEmpty()) {
            turn.say("Please check the form. " + String.join(" ", problems));
            showForm(turn, given, visitor);
            return;
        }
        names.forEach(name -> turn.state().data().put(name, given.get(name).strip()));
        next(turn, taxonomy);
    }

    private static void ask(Turn turn, String step, String question) {
        turn.state().step(step);
        turn.say(question);
    }

    private static String check(String step, String text) {
        if (text == null || text.isBlank()) {
            return "Please type your answer, or say \"cancel\".";
        }
        if (step.equals("contactEmail") && !text.strip().matches("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}")) {
            return "That doesn't look like an email address. Type it like name@example.org.";
        }
        if (step.equals("subject") && text.length() > 200) {
            return "Please keep the subject to one line (200 characters at most).";
        }
        if (text.length() > MAX_DESCRIPTION) {
            return "That is longer than " + MAX_DESCRIPTION + " characters; please shorten it.";
        }
        return null;
    }

    private void open(Turn turn) {
        ObjectNode d = turn.state().data();
        Contact contact = d.hasNonNull("contactEmail")
                ? new Contact(d.path("contactName").asText(), d.path("contactEmail").asText(), null) : null;
        NewCase request = new NewCase(d.path("customerType").asText(), d.path("issueType").asText(),
                d.path("category").asText(), d.path("subcategory").asText(), d.path("qualification").asText(),
                d.path("qualificationSubject").asText(), d.path("subject").asText(), d.path("description").asText(),
                d.path("supportOption").asText(), contact, turn.conversationId());
        try {
            Opened opened = OpenCaseFlow.client(turn).open(request);
            String option = d.path("supportOption").asText();
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
            turn.say("The case could not be opened: " + e.getMessage() + (e.details().isEmpty() ? ""
                    : " (" + String.join(", ", e.details()) + ")"));
        }
    }
}

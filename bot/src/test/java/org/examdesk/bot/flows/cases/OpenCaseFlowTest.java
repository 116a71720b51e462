package org.examdesk.bot.flows.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.examdesk.admin.client.CaseModels.Contact;
import org.examdesk.admin.client.CaseModels.ContactDefaults;
import org.examdesk.admin.client.CaseModels.NewCase;
import org.examdesk.bot.engine.Inbound;
import org.examdesk.bot.engine.Reply;
import org.examdesk.bot.engine.SharedFile;
import org.examdesk.bot.engine.Speaker;
import org.examdesk.bot.flows.FlowRig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Opening a case from the chat, against {@link FakeSupportCases}: no server, no database, no model. */
class OpenCaseFlowTest {
    /** A Sunday: no live chat is offered. */
    static final ChatHours CLOSED = new ChatHours(
            Clock.fixed(Instant.parse("2026-11-01T10:00:00Z"), ZoneId.of("Europe/London")),
            LocalTime.of(9, 0),
            LocalTime.of(17, 0),
            ZoneId.of("Europe/London"),
            Set.of());

    private final FakeSupportCases cases = new FakeSupportCases();
    private FlowRig rig;

    private FlowRig rig(Speaker speaker) throws Exception {
        rig = new FlowRig(speaker, knowledge -> List.of(new OpenCaseFlow(knowledge, CLOSED, c -> cases)));
        return rig;
    }

    @AfterEach
    void stop() {
        if (rig != null) {
            rig.close();
        }
    }

    /** Answers the cascade: an exam centre, accounts and access, student accounts, locked, no qualification. */
    private void answerTheCascade() {
        rig.press("An exam centre");
        rig.press("Accounts and access");
        rig.press("Student accounts");
        rig.press("Locked account");
        rig.press("No particular qualification");
        rig.press("Not applicable");
    }

    @Test
    void a_file_shared_right_after_the_case_is_opened_is_attached_to_it() throws Exception {
        rig = new FlowRig(
                FlowRig.officer(),
                knowledge -> List.of(
                        new OpenCaseFlow(knowledge, CLOSED, c -> cases), new CaseTrackingFlow(CLOSED, c -> cases)));
        rig.say("open a case");
        answerTheCascade();
        rig.say("Student locked out of the portal");
        rig.say("Zoë cannot sign in since Monday");
        List<Reply> opened = rig.send(Inbound.action(FlowRig.yes(rig.press("Send a message"))));
        assertThat(opened.toString()).contains("Case 40000001 is open", "Add a file");

        List<Reply> answer = rig.share(new SharedFile("screenshot.png", "image/png", new byte[64], null));

        assertThat(answer.toString()).contains("Attached screenshot.png (64 bytes) to case 40000001");
        assertThat(cases.attachments).singleElement().satisfies(a -> assertThat(a.fileName())
                .isEqualTo("screenshot.png"));
    }

    @Test
    void the_cascade_the_details_and_one_confirmation_open_the_case() throws Exception {
        rig(FlowRig.officer());
        assertThat(rig.say("open a case").toString()).contains("Who are you contacting us as?");
        answerTheCascade();
        assertThat(rig.say("Student locked out of the portal").toString()).contains("Please describe what happened");
        assertThat(rig.say("Zoë cannot sign in since Monday").toString()).contains("How would you like us to help?");
        List<Reply> confirm = rig.press("Send a message");
        assertThat(confirm.toString())
                .contains("Open a case about \"Student locked out of the portal\" "
                        + "(Student accounts, Locked account), support by message")
                .contains("We will reach you as: Priya Shah, priya@riverside.example, 01632 960000; "
                        + "Riverside School, United Kingdom; reply in English.");
        assertThat(cases.opened).isEmpty();

        List<Reply> done = rig.send(Inbound.action(FlowRig.yes(confirm)));

        assertThat(done.toString()).contains("Case 40000001 is open with the Accounts team");
        assertThat(cases.opened).singleElement().satisfies(c -> {
            assertThat(List.of(
                            c.customerType(),
                            c.issueType(),
                            c.category(),
                            c.subcategory(),
                            c.qualification(),
                            c.qualificationSubject(),
                            c.supportOption()))
                    .containsExactly(
                            "centre",
                            "accounts-access",
                            "student-accounts",
                            "locked",
                            "none",
                            "not-applicable",
                            "MESSAGE");
            assertThat(c.description()).isEqualTo("Zoë cannot sign in since Monday");
            assertThat(c.contact())
                    .isEqualTo(new Contact(
                            "Priya Shah",
                            "priya@riverside.example",
                            "01632 960000",
                            "United Kingdom",
                            "English",
                            "Riverside School"));
        });
        // the new case is the one looked at: a file shared next is attached to it
        assertThat(rig.state().flow()).isEqualTo("track_case");
        assertThat(rig.state().toJson().toString()).contains("40000001");
    }

    /** The details form as a visitor fills it: every contact detail, with this reply address. */
    private static Map<String, String> visitorForm(String email) {
        Map<String, String> form = new HashMap<>();
        form.put("subject", "Locked out");
        form.put("description", "I cannot sign in");
        form.put("contactName", "Ann Lee");
        form.put("contactEmail", email);
        form.put("contactPhone", "+44 1632 960111");
        form.put("contactCountry", "Wales");
        form.put("contactLanguage", "Welsh");
        form.put("contactInstitution", "Ysgol Example, exams officer");
        return form;
    }

    @Test
    void a_visitor_fills_the_form_and_a_bad_reply_address_is_refused() throws Exception {
        rig(Speaker.anonymous());
        rig.say("open a case");
        answerTheCascade();

        assertThat(rig.submit(visitorForm("not an address")).toString())
                .contains("Please check the form", "Email for our reply");
        Map<String, String> noPhone = visitorForm("ann@example.org");
        noPhone.remove("contactPhone");
        assertThat(rig.submit(noPhone).toString()).contains("Please check the form. Phone number: please fill it in.");
        rig.submit(visitorForm("ann@example.org"));
        List<Reply> confirm = rig.press("Call us");
        rig.send(Inbound.action(FlowRig.yes(confirm)));

        NewCase opened = cases.opened.get(0);
        assertThat(opened.contact())
                .isEqualTo(new Contact(
                        "Ann Lee",
                        "ann@example.org",
                        "+44 1632 960111",
                        "Wales",
                        "Welsh",
                        "Ysgol Example, exams officer"));
        assertThat(opened.supportOption()).isEqualTo("CALL");
    }

    @Test
    void the_contact_details_the_profile_lacks_are_asked_one_at_a_time() throws Exception {
        rig(FlowRig.officer());
        cases.defaults = new ContactDefaults(
                "Priya Shah", "priya@riverside.example", null, "United Kingdom", null, "Riverside School", "profile");
        rig.say("open a case");
        answerTheCascade();
        rig.say("Student locked out of the portal");

        assertThat(rig.say("Zoë cannot sign in since Monday").toString()).contains("Which phone number");
        assertThat(rig.say("call me maybe").toString()).contains("Type a phone number of 6 to 30 digits");
        assertThat(rig.say("01632 960222").toString()).contains("In which language");
        assertThat(rig.say("English").toString()).contains("How would you like us to help?");
        rig.send(Inbound.action(FlowRig.yes(rig.press("Send a message"))));

        assertThat(cases.opened).singleElement().satisfies(c -> assertThat(c.contact())
                .isEqualTo(new Contact(
                        "Priya Shah",
                        "priya@riverside.example",
                        "01632 960222",
                        "United Kingdom",
                        "English",
                        "Riverside School")));
    }

    @Test
    void contact_details_changed_at_the_confirmation_go_with_the_case() throws Exception {
        rig(FlowRig.officer());
        rig.say("open a case");
        answerTheCascade();
        rig.say("Student locked out of the portal");
        rig.say("Zoë cannot sign in since Monday");
        rig.press("Send a message");

        List<Reply> form = rig.press("Change my contact details");
        assertThat(form.toString())
                .contains("Check your contact details", "value=01632 960000", "value=Riverside School");
        Map<String, String> changed = new HashMap<>(Map.of(
                "contactName", "Priya Shah",
                "contactEmail", "exams@riverside.example",
                "contactPhone", "01632 960999",
                "contactCountry", "United Kingdom",
                "contactLanguage", "English",
                "contactInstitution", "Riverside School"));
        List<Reply> confirm = rig.submit(changed);
        assertThat(confirm.toString())
                .contains("We will reach you as: Priya Shah, exams@riverside.example, 01632 960999");
        rig.send(Inbound.action(FlowRig.yes(confirm)));

        assertThat(cases.opened).singleElement().satisfies(c -> {
            assertThat(c.contact().email()).isEqualTo("exams@riverside.example");
            assertThat(c.contact().phone()).isEqualTo("01632 960999");
        });
    }

    @Test
    void a_subject_longer_than_a_line_is_asked_again() throws Exception {
        rig(FlowRig.officer());
        rig.say("open a case");
        answerTheCascade();

        assertThat(rig.say("x".repeat(201)).toString()).contains("Please keep the subject to one line");
        assertThat(rig.state().toJson().path("step").asText()).isEqualTo("subject");
    }

    @Test
    void cancel_in_the_middle_opens_nothing() throws Exception {
        rig(FlowRig.officer());
        rig.say("open a case");
        rig.press("An exam centre");

        assertThat(rig.say("cancel").toString()).contains("nothing was changed");
        assertThat(cases.opened).isEmpty();
        assertThat(rig.state().flow()).isNull();
    }

    @Test
    void a_case_stored_by_an_earlier_version_carries_on() throws Exception {
        rig(Speaker.anonymous());
        rig.restore(new ObjectMapper()
                .readTree("{\"flow\":\"open_case\",\"step\":\"contactEmail\",\"nonce\":\"ab\","
                        + "\"data\":{\"customerType\":\"centre\",\"issueType\":\"accounts-access\",\"category\":"
                        + "\"student-accounts\",\"subcategory\":\"locked\",\"qualification\":\"none\",\"qualificationSubject\":"
                        + "\"not-applicable\",\"subject\":\"Locked out\",\"description\":\"I cannot sign in\",\"contactName\":"
                        + "\"Ann Lee\",\"shownArticles\":[]}}"));

        assertThat(rig.say("ann@example.org").toString()).contains("Which phone number");
        rig.say("01632 960111");
        rig.say("United Kingdom");
        rig.say("English");
        assertThat(rig.say("Example Academy").toString()).contains("How would you like us to help?");
        rig.send(Inbound.action(FlowRig.yes(rig.press("Send a message"))));

        assertThat(cases.opened).singleElement().satisfies(c -> {
            assertThat(c.subcategory()).isEqualTo("locked");
            assertThat(c.contact().name()).isEqualTo("Ann Lee");
            assertThat(c.contact().email()).isEqualTo("ann@example.org");
        });
    }

    @Test
    void the_stored_draft_reads_plainly() throws Exception {
        rig(FlowRig.officer());
        rig.say("open a case");
        rig.press("An exam centre");

        assertThat(rig.state().toJson().path("flow").asText()).isEqualTo("open_case");
        assertThat(rig.state().toJson().path("step").asText()).isEqualTo("form");
        assertThat(rig.state().toJson().path("data").path("customerType").asText())
                .isEqualTo("centre");
    }
}

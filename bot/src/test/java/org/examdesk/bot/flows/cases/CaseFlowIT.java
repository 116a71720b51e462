package org.examdesk.bot.flows.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.bot.TestApp;
import org.examdesk.bot.flows.ChatDriver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Opening, tracking and commenting on cases from the chat. */
class CaseFlowIT {
    @RegisterExtension
    static final TestApp session = new TestApp();

    private static TestHttp http;
    private static String officer;

    @BeforeAll
    static void start() {
        http = session.http();
        officer = http.login("officer@riverside.example", DemoData.PASSWORD);
    }

    /** Presses the first option of every cascade question until the form asks for text. */
    private static void answerCascade(ChatDriver chat) {
        chat.pickFirstOptions(6);
    }

    private static String openedNumber(ChatDriver chat) {
        for (JsonNode reply : chat.last()) {
            if ("case".equals(reply.path("type").asText())) {
                return reply.get("number").asText();
            }
        }
        throw new AssertionError("No case card in " + chat.last());
    }

    @Test
    void a_case_opened_from_chat_carries_the_transcript_and_its_due_date() {
        ChatDriver chat = new ChatDriver(http, officer);
        chat.say("how do I book an onscreen test");

        chat.say("open a case");
        answerCascade(chat);
        assertThat(chat.text()).contains("In one line");
        chat.say("Booking question");
        chat.say("We cannot find the booking screen for an onscreen test.");
        chat.answerContactQuestions();
        chat.press("Send a message");
        assertThat(chat.text()).contains("Open a case about \"Booking question\"");
        chat.press("Yes, do it");

        String number = openedNumber(chat);
        assertThat(number).matches("\\d{8}");
        assertThat(chat.text()).contains("We will reply by", "at the latest", "48 hours");
        JsonNode details = http.get("/api/v1/cases/" + number, officer).json();
        assertThat(details.get("subject").asText()).isEqualTo("Booking question");
        assertThat(details.get("conversationId").isNull()).isFalse();
        assertThat(details.get("dueAt").asText()).isNotBlank();
        JsonNode transcript = details.get("attachments").get(0);
        assertThat(transcript.get("fileName").asText()).isEqualTo("chat-transcript.txt");
        assertThat(http.get(
                                "/api/v1/cases/" + number + "/attachments/"
                                        + transcript.get("id").asText(),
                                officer)
                        .body())
                .contains("how do I book an onscreen test", "Booking question");
    }

    @Test
    void the_details_can_be_sent_as_one_form_and_a_form_with_problems_comes_back_saying_what_to_fix() {
        ChatDriver chat = new ChatDriver(http, officer);
        chat.say("open a case");
        answerCascade(chat);
        JsonNode form = formIn(chat.last());
        assertThat(form.findValuesAsText("name"))
                .containsExactly(
                        "subject",
                        "description",
                        "contactName",
                        "contactEmail",
                        "contactPhone",
                        "contactCountry",
                        "contactLanguage",
                        "contactInstitution");
        assertThat(form.get("fallback").asText()).contains("In one line");
        Map<String, String> prefilled = new HashMap<>();
        form.get("fields").forEach(f -> {
            if (!f.path("value").isNull() && !f.path("value").isMissingNode()) {
                prefilled.put(f.get("name").asText(), f.get("value").asText());
            }
        });
        JsonNode defaults = http.get("/api/v1/cases/contact-defaults", officer).json();
        assertThat(prefilled)
                .containsEntry("contactEmail", defaults.get("email").asText());
        assertThat(prefilled)
                .containsEntry("contactCountry", defaults.get("country").asText());
        assertThat(prefilled)
                .containsEntry("contactInstitution", defaults.get("institution").asText());

        Map<String, String> sent = new HashMap<>(prefilled);
        sent.put("subject", "x".repeat(201));
        sent.put("description", " ");
        sent.put("contactPhone", "");
        sent.put("contactLanguage", " ");
        chat.submitForm(sent);

        assertThat(chat.text())
                .contains(
                        "Please check the form.",
                        "Subject: Please keep the subject to one line",
                        "Description: please fill it in.",
                        "Phone number: please fill it in.",
                        "Language for our reply: please fill it in.");
        assertThat(formIn(chat.last()).at("/fields/0/value").asText()).hasSize(201);
        sent.put("subject", "Form subject");
        sent.put("description", "Sent in one go from the form.");
        sent.put("contactPhone", "+44 1632 960123");
        sent.put("contactLanguage", "English");
        chat.submitForm(sent);
        chat.press("Send a message");
        assertThat(chat.text()).contains("Open a case about \"Form subject\"", "+44 1632 960123");
        chat.press("Yes, do it");
        JsonNode details =
                http.get("/api/v1/cases/" + openedNumber(chat), officer).json();
        assertThat(details.get("description").asText()).isEqualTo("Sent in one go from the form.");
        assertThat(details.at("/contact/phone").asText()).isEqualTo("+44 1632 960123");
        assertThat(details.at("/contact/language").asText()).isEqualTo("English");
    }

    private static JsonNode formIn(JsonNode replies) {
        for (JsonNode reply : replies) {
            if ("form".equals(reply.path("type").asText())) {
                return reply;
            }
        }
        throw new AssertionError("no form in " + replies);
    }

    @Test
    void my_cases_and_a_case_number_show_status_and_a_comment_can_be_added() {
        ChatDriver chat = new ChatDriver(http, officer);
        chat.say("open a case");
        answerCascade(chat);
        chat.say("Certificate question");
        chat.say("A certificate has not arrived for one learner.");
        chat.answerContactQuestions();
        chat.press("Send a message");
        chat.press("Yes, do it");
        String number = openedNumber(chat);

        chat.say("my cases");
        assertThat(chat.text()).contains(number, "Certificate question");
        chat.say("case " + number);
        assertThat(chat.text()).contains("Status: new");
        chat.press("Add a comment");
        chat.say("The learner's name is Ava Smith.");

        assertThat(chat.text()).contains("Added to case " + number);
        assertThat(http.get("/api/v1/cases/" + number, officer).json().toString())
                .contains("The learner's name is Ava Smith.");
    }

    @Test
    void a_wrong_date_of_birth_becomes_a_case_with_the_student_filled_in() {
        JsonNode student = http.get("/api/v1/students?status=FAILED_ACTIVATION&size=1", officer)
                .json()
                .at("/items/0");
        ChatDriver chat = new ChatDriver(http, officer);
        chat.say("what's wrong with " + student.get("uci").asText());
        chat.press("The date of birth is wrong");
        chat.say("14/03/2010");

        chat.press("Open a case");
        chat.answerContactQuestions();
        chat.press("Send a message");
        assertThat(chat.text()).contains("Wrong date of birth");
        chat.press("Yes, do it");

        String number = openedNumber(chat);
        JsonNode details = http.get("/api/v1/cases/" + number, officer).json();
        assertThat(details.get("subject").asText())
                .contains("Wrong date of birth", student.get("uci").asText());
        assertThat(details.get("description").asText())
                .contains("The correct date of birth is 14/03/2010")
                .doesNotContain("please add");
    }

    @Test
    void someone_elses_case_number_is_not_found() {
        ChatDriver mine = new ChatDriver(http, officer);
        mine.say("open a case");
        answerCascade(mine);
        mine.say("Private matter");
        mine.say("Something only Riverside should see.");
        mine.answerContactQuestions();
        mine.press("Send a message");
        mine.press("Yes, do it");
        String number = openedNumber(mine);

        ChatDriver other = new ChatDriver(http, http.login("officer@hillside.example", DemoData.PASSWORD));
        other.say("case " + number);

        assertThat(other.text()).contains("can't find case " + number).doesNotContain("Private matter");
    }
}

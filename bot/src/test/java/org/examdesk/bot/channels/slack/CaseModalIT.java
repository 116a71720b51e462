package org.examdesk.bot.channels.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.web.Json;
import org.examdesk.bot.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Opening a case from Slack with the modal: the cascade fills in as it is chosen, then the case is opened. */
class CaseModalIT {
    private static final String OFFICER = "U4001";
    private static TestApp app;
    private static SlackRequests t;
    private static TestHttp http;

    @BeforeAll
    static void start() {
        app = new TestApp().slack().start();
        t = new SlackRequests(app);
        http = app.http();
        t.link(OFFICER, "officer@riverside.example");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** A view's state as Slack sends it: selects and text inputs by action id (block ids as ExamDesk makes them). */
    private static String state(Map<String, String> selects, Map<String, String> texts) {
        StringBuilder out = new StringBuilder("{\"values\":{");
        selects.forEach((field, value) -> out.append(out.length() > 11 ? "," : "")
                .append("\"")
                .append(field)
                .append(".x\":{\"")
                .append(field)
                .append("\":{\"type\":\"static_select\",\"selected_option\":")
                .append(
                        value == null
                                ? "null"
                                : "{\"text\":{\"type\":\"plain_text\",\"text\":\"x\"},\"value\":\"" + value + "\"}")
                .append("}}"));
        texts.forEach((field, value) -> out.append(out.length() > 11 ? "," : "")
                .append("\"")
                .append(field)
                .append("\":{\"")
                .append(field)
                .append("\":{\"type\":\"plain_text_input\",\"value\":")
                .append(value == null ? "null" : "\"" + value + "\"")
                .append("}}"));
        return out.append("}}").toString();
    }

    private static String view(String state) {
        return "{\"id\":\"VCASE1\",\"hash\":\"h" + t.next() + "\",\"type\":\"modal\",\"callback_id\":\""
                + CaseModal.CALLBACK + "\",\"state\":" + state + "}";
    }

    private static String select(String actionId, String value, String state) {
        String payload = "{\"type\":\"block_actions\",\"user\":{\"id\":\"" + OFFICER + "\",\"team_id\":\""
                + FakeSlack.TEAM
                + "\"},\"api_app_id\":\"A0001\",\"token\":\"legacy\",\"container\":{\"type\":\"view\",\"view_id\":"
                + "\"VCASE1\"},\"trigger_id\":\"1.2.3\",\"team\":{\"id\":\"" + FakeSlack.TEAM
                + "\",\"domain\":\"test\"},"
                + "\"view\":" + view(state) + ",\"actions\":[{\"type\":\"static_select\",\"action_id\":\"" + actionId
                + "\",\"block_id\":\"" + actionId + ".x\",\"selected_option\":{\"text\":{\"type\":\"plain_text\","
                + "\"text\":\"x\"},\"value\":\"" + value + "\"},\"action_ts\":\"1700000001.000001\"}]}";
        return "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
    }

    private static String submission(String state) {
        String payload =
                "{\"type\":\"view_submission\",\"team\":{\"id\":\"" + FakeSlack.TEAM + "\",\"domain\":\"test\"},"
                        + "\"user\":{\"id\":\"" + OFFICER + "\",\"team_id\":\"" + FakeSlack.TEAM
                        + "\"},\"api_app_id\":\"A0001\","
                        + "\"token\":\"legacy\",\"trigger_id\":\"1.2.3\",\"view\":" + view(state) + "}";
        return "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
    }

    private static Map<String, String> cascade() {
        Map<String, String> selects = new LinkedHashMap<>();
        selects.put(CaseModal.CUSTOMER_TYPE, "centre");
        selects.put(CaseModal.ISSUE_TYPE, "accounts-access");
        selects.put(CaseModal.CATEGORY, "student-accounts");
        selects.put(CaseModal.SUBCATEGORY, "locked");
        selects.put(CaseModal.QUALIFICATION, "gcse");
        selects.put(CaseModal.QUALIFICATION_SUBJECT, "mathematics");
        selects.put(CaseModal.SUPPORT_OPTION, "MESSAGE");
        return selects;
    }

    private static JsonNode viewOf(FakeSlack.Call call) throws Exception {
        return Json.mapper().readTree(call.param("view"));
    }

    private static String actionIds(JsonNode view) {
        StringBuilder ids = new StringBuilder();
        view.get("blocks")
                .forEach(b ->
                        ids.append(b.path("element").path("action_id").asText()).append(' '));
        return ids.toString();
    }

    @Test
    void the_slash_command_opens_the_form_with_only_the_first_choices_of_the_cascade() throws Exception {
        t.post(t.command(OFFICER, "C4001", "new case", "new1"));

        JsonNode view = viewOf(t.slack.await("views.open", c -> c.param("view").contains(CaseModal.CALLBACK)));

        assertThat(actionIds(view))
                .contains("customerType", "qualification", "subject", "description", "supportOption")
                .doesNotContain("issueType", "category", "subcategory");
        assertThat(view.toString()).contains("Exams officer or centre staff");
        assertThat(actionIds(view))
                .contains(
                        "contactName",
                        "contactEmail",
                        "contactPhone",
                        "contactCountry",
                        "contactLanguage",
                        "contactInstitution");
        assertThat(initialValue(view, CaseModal.CONTACT_EMAIL)).isEqualTo("officer@riverside.example");
        assertThat(initialValue(view, CaseModal.CONTACT_COUNTRY)).isEqualTo("United Kingdom");
    }

    /** The value an input of the view starts with ("" when none). */
    private static String initialValue(JsonNode view, String actionId) {
        for (JsonNode block : view.get("blocks")) {
            if (actionId.equals(block.path("element").path("action_id").asText())) {
                return block.path("element").path("initial_value").asText();
            }
        }
        throw new AssertionError("no input " + actionId + " in " + view);
    }

    @Test
    void choosing_along_the_cascade_adds_the_next_choice_and_articles_that_may_answer_it() throws Exception {
        t.post(select(CaseModal.CUSTOMER_TYPE, "centre", state(Map.of(CaseModal.CUSTOMER_TYPE, "centre"), Map.of())));
        JsonNode afterCustomer = viewOf(t.slack.await(
                "views.update",
                c -> !c.param("view").contains("\"category\"")
                        && c.param("view").contains("issueType")));
        assertThat(afterCustomer.toString()).contains("Accounts and access");

        Map<String, String> chosen = new LinkedHashMap<>(Map.of(
                CaseModal.CUSTOMER_TYPE,
                "centre",
                CaseModal.ISSUE_TYPE,
                "accounts-access",
                CaseModal.CATEGORY,
                "student-accounts"));
        t.post(select(CaseModal.CATEGORY, "student-accounts", state(chosen, Map.of())));
        FakeSlack.Call update =
                t.slack.await("views.update", c -> c.param("view").contains("subcategory"));

        JsonNode view = viewOf(update);
        assertThat(actionIds(view)).contains("issueType", "category", "subcategory");
        assertThat(view.toString()).contains("These articles may answer it without a case", "/help/", "Locked account");
        assertThat(update.param("view_id")).isEqualTo("VCASE1");
    }

    @Test
    void submitting_opens_the_case_as_the_linked_officer_and_the_dm_gives_its_number_and_due_date() {
        Map<String, String> texts = contact("01632 960000");
        texts.put(CaseModal.SUBJECT, "Sam locked out");
        texts.put(CaseModal.DESCRIPTION, "Sam Patel cannot sign in.");
        SlackRequests.Answer ack = t.post(submission(state(cascade(), texts)));

        assertThat(ack.status()).isEqualTo(200);
        FakeSlack.Call dm = t.slack.await(
                "chat.postMessage",
                c -> ("D" + OFFICER).equals(c.param("channel"))
                        && c.param("text").contains("I opened case"));
        Matcher number = Pattern.compile("case \\*(\\d{8})\\*").matcher(dm.param("text"));
        assertThat(number.find()).isTrue();
        assertThat(dm.param("text")).contains("We will reply by", "at the latest", "48 hours");
        String officer = http.login("officer@riverside.example", DemoData.PASSWORD);
        JsonNode opened = http.get("/api/v1/cases/" + number.group(1), officer).json();
        assertThat(opened.get("subject").asText()).isEqualTo("Sam locked out");
        assertThat(opened.get("subcategory").asText()).isEqualTo("locked");
        assertThat(opened.get("supportOption").asText()).isEqualTo("MESSAGE");
        assertThat(opened.at("/contact/phone").asText()).isEqualTo("01632 960000");
        assertThat(opened.at("/contact/language").asText()).isEqualTo("Welsh");
    }

    @Test
    void a_contact_phone_that_is_not_a_number_is_refused_on_its_field_and_nothing_is_opened() {
        String officer = http.login("officer@riverside.example", DemoData.PASSWORD);
        long before =
                http.get("/api/v1/cases?mine=true", officer).json().get("total").asLong();
        Map<String, String> texts = contact("ring the office");
        texts.put(CaseModal.SUBJECT, "Sam locked out");
        texts.put(CaseModal.DESCRIPTION, "Sam Patel cannot sign in.");
        texts.put(CaseModal.CONTACT_LANGUAGE, null);

        SlackRequests.Answer ack = t.post(submission(state(cascade(), texts)));

        assertThat(ack.body())
                .contains("\"response_action\":\"errors\"", "\"contactPhone\":\"Type a phone number of 6 to 30")
                .contains("\"contactLanguage\":\"Please fill this in.\"");
        assertThat(http.get("/api/v1/cases?mine=true", officer)
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(before);
    }

    /** The contact inputs as the person leaves them, with this phone number. */
    private static Map<String, String> contact(String phone) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(CaseModal.CONTACT_NAME, "Priya Shah");
        texts.put(CaseModal.CONTACT_EMAIL, "officer@riverside.example");
        texts.put(CaseModal.CONTACT_PHONE, phone);
        texts.put(CaseModal.CONTACT_COUNTRY, "United Kingdom");
        texts.put(CaseModal.CONTACT_LANGUAGE, "Welsh");
        texts.put(CaseModal.CONTACT_INSTITUTION, "Riverside School");
        return texts;
    }

    @Test
    void a_form_without_a_subject_is_refused_on_that_field_and_nothing_is_opened() {
        String officer = http.login("officer@riverside.example", DemoData.PASSWORD);
        long before =
                http.get("/api/v1/cases?mine=true", officer).json().get("total").asLong();
        Map<String, String> texts = contact("01632 960000");
        texts.put(CaseModal.SUBJECT, null);
        texts.put(CaseModal.DESCRIPTION, "No subject given.");

        SlackRequests.Answer ack = t.post(submission(state(cascade(), texts)));

        assertThat(ack.status()).isEqualTo(200);
        assertThat(ack.body()).contains("\"response_action\":\"errors\"", "\"subject\":\"Please fill this in.\"");
        assertThat(http.get("/api/v1/cases?mine=true", officer)
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(before);
    }

    @Test
    void an_unlinked_user_is_told_to_link_instead_of_getting_the_form() {
        int opened = t.slack.calls("views.open").size();

        t.post(t.command("U4999", "C4001", "open a case", "new2"));

        t.slack.await("response_url", c -> c.body().contains("linked Slack to their ExamDesk account"));
        assertThat(t.slack.calls("views.open")).hasSize(opened);
    }
}

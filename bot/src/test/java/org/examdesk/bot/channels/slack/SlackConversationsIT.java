package org.examdesk.bot.channels.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.CaseModels;
import org.examdesk.admin.client.CasesClient;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.web.Json;
import org.examdesk.bot.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who is asking (linking), DMs, buttons, the slash command, App Home, modals and files, end to end. */
class SlackConversationsIT {
    private static TestApp app;
    private static SlackRequests t;
    private static TestHttp http;

    @BeforeAll
    static void start() {
        app = new TestApp().slack().start();
        t = new SlackRequests(app);
        http = app.http();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String ts() {
        return t.ts();
    }

    private static FakeSlack.Call dm(String user, String channel, String text) {
        return t.dm(user, channel, text);
    }

    private static void link(String slackUser, String username) {
        t.link(slackUser, username);
    }

    private static String buttonValue(FakeSlack.Call call, String label) {
        for (JsonNode block : t.slack.blocks(call)) {
            for (JsonNode element : block.path("elements")) {
                if (element.path("text").path("text").asText().equals(label)) {
                    return element.path("value").asText();
                }
            }
        }
        throw new AssertionError("no button " + label + " in " + call.param("blocks"));
    }

    @Test
    void a_link_code_links_the_slack_user_and_the_bot_then_acts_for_the_officer() {
        link("U1001", "officer@riverside.example");

        FakeSlack.Call help = dm("U1001", "DU1001", "help");

        assertThat(help.param("blocks")).contains("Priya Shah").contains(BlockKit.REPLY_ACTION);
    }

    @Test
    void a_mention_about_a_locked_student_leads_to_a_confirm_button_whose_press_reactivates_the_student() {
        link("U1000", "officer@riverside.example");
        String thread = ts();
        t.post(t.eventCallback(
                "Ev" + t.next(), t.mention("U1000", "C1000", "Sam Patel can't log in to results", thread)));
        FakeSlack.Call proposal =
                t.slack.await("chat.postMessage", c -> c.param("channel").equals("C1000"));
        assertThat(proposal.param("thread_ts")).isEqualTo(thread);
        assertThat(proposal.param("blocks")).contains("Locked", "Reactivate the account of Sam Patel", "primary");
        String yes = buttonValue(proposal, "Yes, do it");

        t.post(t.buttonPress("U1000", "C1000", BlockKit.REPLY_ACTION + "0", yes, thread));
        FakeSlack.Call outcome = t.slack.await(
                "chat.postMessage",
                c -> c.param("channel").equals("C1000") && c.param("text").contains("Done"));
        t.post(t.buttonPress("U1000", "C1000", BlockKit.REPLY_ACTION + "0", yes, thread));
        FakeSlack.Call replay = t.slack.await(
                "chat.postMessage",
                c -> c.param("channel").equals("C1000") && c.param("text").contains("earlier step"));

        assertThat(outcome.param("text")).contains("reactivated", "Reference: ED-");
        assertThat(outcome.param("thread_ts")).isEqualTo(thread);
        assertThat(replay.param("text")).doesNotContain("Done");
    }

    @Test
    void a_wrong_link_code_is_explained_and_links_nothing() {
        FakeSlack.Call answer = dm("U1002", "DU1002", "link ABCD-2345");
        FakeSlack.Call help = dm("U1002", "DU1002", "help");

        assertThat(answer.param("text")).contains("not valid or has expired");
        assertThat(help.param("blocks")).doesNotContain("Priya Shah").contains("link ABCD-2345");
    }

    @Test
    void a_slack_user_with_a_confirmed_email_equal_to_a_staff_email_is_linked_on_first_contact() {
        t.slack.user("U1003", "officer@hillside.example", true);
        t.slack.user("U1004", "assistant@riverside.example", false);

        FakeSlack.Call confirmed = dm("U1003", "DU1003", "help");
        FakeSlack.Call unconfirmed = dm("U1004", "DU1004", "help");

        assertThat(confirmed.param("blocks")).contains("Daniel Hughes");
        assertThat(unconfirmed.param("blocks")).doesNotContain("Tom Reid").contains("link ABCD-2345");
    }

    @Test
    void a_linked_users_button_press_goes_back_to_the_engine_and_is_answered_in_the_thread() {
        link("U1005", "assistant@riverside.example");
        String thread = ts();
        t.post(t.eventCallback("Ev" + t.next(), t.mention("U1005", "C1005", "student locked out", thread)));
        FakeSlack.Call article =
                t.slack.await("chat.postMessage", c -> c.param("channel").equals("C1005"));

        t.post(t.buttonPress(
                "U1005", "C1005", BlockKit.REPLY_ACTION + "0", buttonValue(article, "Yes, thanks"), thread));

        FakeSlack.Call answer = t.slack.await(
                "chat.postMessage",
                c -> c.param("channel").equals("C1005") && c.param("text").contains("Glad that helped"));
        assertThat(answer.param("thread_ts")).isEqualTo(thread);
    }

    @Test
    void a_button_pressed_by_an_unlinked_user_gets_a_polite_private_answer_and_changes_nothing() {
        int posted = t.slack.calls("chat.postMessage").size();

        t.post(t.buttonPress("U1006", "C1006", BlockKit.REPLY_ACTION + "0", "abcdef:confirm", null));

        FakeSlack.Call ephemeral =
                t.slack.await("chat.postEphemeral", c -> c.param("user").equals("U1006"));
        assertThat(ephemeral.param("text")).contains("Sorry").contains("not changed anything");
        assertThat(t.slack
                        .calls("chat.postMessage")
                        .subList(posted, t.slack.calls("chat.postMessage").size()))
                .noneMatch(c -> c.param("channel").equals("C1006"));
    }

    @Test
    void the_slash_command_answers_privately_through_the_response_url() {
        link("U1007", "manager@riverside.example");

        t.post(t.command("U1007", "C1007", "help", "cmd1"));
        t.post(t.command("U1008", "C1007", "link nope-nope", "cmd2"));

        FakeSlack.Call help = t.slack.await("response_url", c -> c.body().contains("Helen Carter"));
        assertThat(help.body()).contains("\"response_type\":\"ephemeral\"");
        t.slack.await("response_url", c -> c.body().contains("not valid or has expired"));
    }

    private static String openCase(String username) {
        AdminClient admin = new AdminClient(t.base(), HttpClient.newHttpClient(), Json.mapper());
        CasesClient cases = new CasesClient(
                admin.as(admin.login(username, DemoData.PASSWORD).token(), "web"));
        var centre = cases.taxonomy().customerTypes().get(0);
        var issue = centre.issueTypes().get(0);
        var category = issue.categories().get(0);
        return cases.open(new CaseModels.NewCase(
                        centre.value(),
                        issue.value(),
                        category.value(),
                        category.subcategories().get(0).value(),
                        "none",
                        "not-applicable",
                        "Slack home check",
                        "A student cannot activate.",
                        "MESSAGE",
                        new CaseModels.Contact(
                                "Priya Shah",
                                "officer@riverside.example",
                                "01632 960000",
                                "United Kingdom",
                                "English",
                                "Riverside Academy"),
                        null))
                .number();
    }

    @Test
    void the_app_home_shows_a_link_prompt_or_who_the_bot_acts_for_and_their_open_cases() {
        link("U1009", "officer@riverside.example");
        String number = openCase("officer@riverside.example");

        t.post(t.eventCallback(
                "Ev" + t.next(),
                "{\"type\":\"app_home_opened\",\"user\":\"U1009\",\"channel\":\"DU1009\","
                        + "\"tab\":\"home\",\"event_ts\":\"" + ts() + "\"}"));
        t.post(t.eventCallback(
                "Ev" + t.next(),
                "{\"type\":\"app_home_opened\",\"user\":\"U1010\",\"channel\":\"DU1010\","
                        + "\"tab\":\"home\",\"event_ts\":\"" + ts() + "\"}"));

        FakeSlack.Call linked =
                t.slack.await("views.publish", c -> c.param("user_id").equals("U1009"));
        FakeSlack.Call unlinked =
                t.slack.await("views.publish", c -> c.param("user_id").equals("U1010"));
        assertThat(linked.param("view"))
                .contains("Priya Shah")
                .contains(HomeTab.CHANGE_EMAIL)
                .contains("Your open cases")
                .contains(number)
                .contains("Slack home check");
        assertThat(unlinked.param("view")).contains("link ABCD-2345").doesNotContain(HomeTab.CHANGE_EMAIL);
    }

    @Test
    void the_change_email_form_opens_shows_a_bad_address_on_its_field_and_hands_a_good_one_to_the_engine() {
        link("U1011", "officer@riverside.example");
        t.post(t.buttonPress("U1011", "DU1011", HomeTab.CHANGE_EMAIL, "", null));
        t.slack.await("views.open", c -> c.param("view").contains(Modals.CHANGE_EMAIL));

        SlackRequests.Answer bad = t.post(t.viewSubmission(
                "U1011", Modals.CHANGE_EMAIL, Map.of(Modals.STUDENT, "Sam Patel", Modals.EMAIL, "not-an-address")));
        SlackRequests.Answer good = t.post(t.viewSubmission(
                "U1011",
                Modals.CHANGE_EMAIL,
                Map.of(Modals.STUDENT, "Sam Patel", Modals.EMAIL, "sam.patel@example.org")));

        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("\"response_action\":\"errors\"").contains("\"email\"");
        assertThat(good.body()).doesNotContain("errors");
        t.slack.await("conversations.open", c -> c.param("users").equals("U1011"));
        t.slack.await(
                "chat.postMessage",
                c -> c.param("channel").equals("DU1011")
                        && c.param("thread_ts").isEmpty()
                        && !c.param("text").contains("Linked"));
    }

    @Test
    void a_shared_file_of_the_wrong_type_is_explained() {
        t.slack.file("F1012", "results.pdf", "pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8));

        t.post(t.eventCallback(
                "Ev" + t.next(),
                "{\"type\":\"file_shared\",\"file_id\":\"F1012\",\"user_id\":\"U1012\","
                        + "\"file\":{\"id\":\"F1012\"},\"channel_id\":\"DU1012\",\"event_ts\":\"" + ts() + "\"}"));

        FakeSlack.Call answer =
                t.slack.await("chat.postMessage", c -> c.param("channel").equals("DU1012"));
        assertThat(answer.param("text"))
                .contains("CSV or XLSX")
                .contains("results.pdf")
                .contains("pdf");
    }

    @Test
    void a_csv_shared_by_a_linked_officer_is_imported_after_the_consent_button_and_the_report_is_posted() {
        link("U1013", "officer@riverside.example");
        String header = http.get(
                        "/api/v1/students/imports/template.csv",
                        http.login("officer@riverside.example", DemoData.PASSWORD))
                .body()
                .lines()
                .findFirst()
                .orElseThrow();
        t.slack.file("F1013", "students.csv", "csv", (header + "\nNobody,Known,,,\n").getBytes(StandardCharsets.UTF_8));

        t.post(t.eventCallback(
                "Ev" + t.next(),
                "{\"type\":\"file_shared\",\"file_id\":\"F1013\",\"user_id\":\"U1013\","
                        + "\"file\":{\"id\":\"F1013\"},\"channel_id\":\"DU1013\",\"event_ts\":\"" + ts() + "\"}"));
        t.slack.await(
                "chat.postMessage",
                c -> c.param("channel").equals("DU1013") && c.param("blocks").contains(FileImports.CONSENT));
        t.post(t.buttonPress("U1013", "DU1013", FileImports.CONSENT, "F1013", null));
        t.post(t.buttonPress("U1013", "DU1013", FileImports.CONSENT, "F1013", null));

        FakeSlack.Call report = t.slack.await(
                "chat.postMessage",
                c -> c.param("channel").equals("DU1013") && c.param("text").contains("imported from students.csv"));
        assertThat(report.param("blocks")).contains("Rows not imported");
        assertThat(t.slack.calls("file")).hasSize(1); // downloaded once, with the bot token
    }
}

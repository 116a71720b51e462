package org.examdesk.bot.channels.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.Await;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.web.Json;
import org.examdesk.bot.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Riverside's associate centres from Slack: the officer asks in a DM, chooses "centre by centre", ticks one of the
 * two associates in the modal the list opens (Slack's own view_submission), confirms, and exactly that one gets
 * access, switched on for its candidates, with its letters made. A teacher asking the same is told the admin API's
 * refusal and nothing changes.
 */
class SlackAssociatesIT {
    private static final String OFFICER = "U6101";
    private static final String DM = "D" + OFFICER;
    private static final String TEACHER = "U6102";
    private static final String ASK = "give our associate centres results access for june";
    private static final String SIXTH_FORM = "Riverside Academy Sixth Form";
    private static final String LEARNING_CENTRE = "Riverside Learning Centre";

    private static TestApp app;
    private static SlackRequests t;
    private static TestHttp http;
    private static String officer;
    private static long june;

    @BeforeAll
    static void start() {
        app = new TestApp().slack().start();
        t = new SlackRequests(app);
        http = app.http();
        t.link(OFFICER, "officer@riverside.example");
        t.link(TEACHER, "teacher@riverside.example");
        officer = http.login("officer@riverside.example", DemoData.PASSWORD);
        for (JsonNode s : http.get("/api/v1/series", officer).json().get("items")) {
            if (s.get("name").asText().equals("June 2026")) {
                june = s.get("id").asLong();
            }
        }
        assertThat(june).as("June 2026 in the demo").isPositive();
        // the associates answer to the parent's own contact by default: Riverside sets its own access up first
        assertThat(http.put(
                                "/api/v1/results-access/" + june,
                                "{\"mode\":\"ALL\",\"agreedToHandleQueries\":true,\"contact\":{\"name\":\"Priya Shah\","
                                        + "\"email\":\"exams@riverside.example\"},\"delayDays\":0}",
                                officer)
                        .status())
                .isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void one_associate_ticked_in_the_modal_gets_access_and_the_other_stays_without() throws Exception {
        Map<String, Boolean> first = giveAccess();
        assertThat(first).containsOnlyKeys(SIXTH_FORM, LEARNING_CENTRE);
        assertThat(first).as("the demo's associates start without access").doesNotContainValue(true);

        FakeSlack.Call how = t.dm(OFFICER, DM, ASK);
        assertThat(how.param("text"))
                .contains(
                        "Your associate centres for June 2026",
                        SIXTH_FORM + " (40124): no access",
                        LEARNING_CENTRE + " (40125): no access");
        int before = t.slack.calls("chat.postMessage").size();
        t.post(t.buttonPress(OFFICER, DM, BlockKit.REPLY_ACTION + "1", t.button(how, "Centre by centre"), null));
        FakeSlack.Call list = t.answerIn(DM, before);
        assertThat(list.param("text")).contains("Tick the associate centres that should have access for June 2026");

        t.post(t.buttonPress(
                OFFICER, DM, PicksModal.OPEN, SlackRequests.escaped(t.button(list, PicksModal.OPEN)), null));
        JsonNode view = Json.mapper()
                .readTree(t.slack
                        .await("views.open", c -> c.param("view").contains(PicksModal.CALLBACK))
                        .param("view"));
        JsonNode select = view.at("/blocks/0/element");
        assertThat(select.get("type").asText()).isEqualTo("multi_static_select");
        assertThat(select.path("initial_options"))
                .as("none has access yet, so none chosen")
                .isEmpty();
        Map<String, String> options = new HashMap<>();
        select.get("options")
                .forEach(o ->
                        options.put(o.at("/text/text").asText(), o.get("value").asText()));
        assertThat(options).containsOnlyKeys(SIXTH_FORM + " (40124)", LEARNING_CENTRE + " (40125)");

        before = t.slack.calls("chat.postMessage").size();
        SlackRequests.Answer ack = t.post(t.picksSubmission(
                OFFICER, view.get("private_metadata").asText(), List.of(options.get(SIXTH_FORM + " (40124)"))));
        assertThat(ack.status()).isEqualTo(200);
        FakeSlack.Call confirm = t.answerIn(DM, before);
        assertThat(confirm.param("text"))
                .contains("Give " + SIXTH_FORM + " access for June 2026", "your centre agrees to handle")
                .doesNotContain(LEARNING_CENTRE);
        assertThat(giveAccess()).as("nothing changes before the confirmation").doesNotContainValue(true);

        before = t.slack.calls("chat.postMessage").size();
        t.post(t.buttonPress(OFFICER, DM, BlockKit.REPLY_ACTION + "0", t.button(confirm, "Yes, do it"), null));
        FakeSlack.Call saved = t.answerIn(DM, before);
        assertThat(saved.param("text"))
                .contains(
                        "Saved for June 2026",
                        SIXTH_FORM + " (40124): access given",
                        LEARNING_CENTRE + " (40125): no access");

        assertThat(giveAccess()).containsExactlyInAnyOrderEntriesOf(Map.of(SIXTH_FORM, true, LEARNING_CENTRE, false));
        JsonNode associates = associates();
        for (JsonNode a : associates.get("associates")) {
            String expected = a.get("name").asText().equals(SIXTH_FORM) ? "ALL" : "NONE";
            assertThat(a.get("mode").asText()).as(a.toString()).isEqualTo(expected);
        }
        assertThat(associates.get("useDefaults").asBoolean()).isFalse();

        String letters = lettersReport();
        assertThat(letters).contains(SIXTH_FORM + " (40124): ", "letters ready").doesNotContain("failed");
        assertThat(letters).doesNotContain(LEARNING_CENTRE);
    }

    @Test
    void a_teacher_is_told_the_refusal_and_no_associate_changes() {
        Map<String, Boolean> before = giveAccess();

        FakeSlack.Call answer = t.dm(TEACHER, "D" + TEACHER, ASK);

        assertThat(answer.param("text")).contains("I could not change the associate centres' access");
        assertThat(t.slack.blocks(answer).findValues("elements"))
                .as("no buttons to go on with")
                .isEmpty();
        assertThat(giveAccess()).isEqualTo(before);
    }

    /** Whether each associate has access for June, by name, as the admin API says. */
    private static Map<String, Boolean> giveAccess() {
        Map<String, Boolean> access = new HashMap<>();
        associates()
                .get("associates")
                .forEach(a ->
                        access.put(a.get("name").asText(), a.get("giveAccess").asBoolean()));
        return access;
    }

    private static JsonNode associates() {
        TestHttp.Response answer = http.get("/api/v1/results-access/" + june + "/associates", officer);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    /** Asks "status" in the DM until the bot reports the associates' letters made; answers that report. */
    private static String lettersReport() {
        AtomicBoolean asked = new AtomicBoolean();
        return Await.atMost(Duration.ofSeconds(120))
                .every(Duration.ofMillis(500))
                .until(
                        "the associates' letters to be made",
                        () -> asked.getAndSet(true)
                                ? t.dm(OFFICER, DM, "status").param("text")
                                : lastTextIn(DM),
                        text -> text.contains("The associates' letters:"));
    }

    private static String lastTextIn(String channel) {
        List<FakeSlack.Call> posted = t.slack.calls("chat.postMessage").stream()
                .filter(c -> c.param("channel").equals(channel))
                .toList();
        return posted.isEmpty() ? "" : posted.get(posted.size() - 1).param("text");
    }
}

package org.examdesk.bot.channels.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.web.Json;
import org.examdesk.bot.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Selected candidates from Slack: the list to tick is a button that opens a modal with a multi-select; submitting it
 * with two candidates chosen (Slack's own view_submission) carries the conversation on in the DM, and confirming
 * gives those two access.
 */
class SlackSelectedAccessIT {
    private static final String OFFICER = "U4201";
    private static final String DM = "DU4201";
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

    @Test
    void two_candidates_chosen_in_the_modal_get_results_access() throws Exception {
        FakeSlack.Call list = t.dm(OFFICER, DM, "give results access to 0042 and 0043 for june");
        assertThat(list.param("blocks")).contains(PicksModal.OPEN, "(0042)", "(0043)");
        String carried = t.button(list, PicksModal.OPEN);

        t.post(t.buttonPress(OFFICER, DM, PicksModal.OPEN, SlackRequests.escaped(carried), null));
        JsonNode view = Json.mapper()
                .readTree(t.slack
                        .await("views.open", c -> c.param("view").contains(PicksModal.CALLBACK))
                        .param("view"));
        JsonNode select = view.at("/blocks/0/element");
        assertThat(select.get("type").asText()).isEqualTo("multi_static_select");
        List<String> values = new ArrayList<>();
        select.get("options").forEach(o -> values.add(o.get("value").asText()));
        assertThat(values).hasSize(2);
        assertThat(select.path("initial_options"))
                .as("both named uniquely, so both chosen")
                .hasSize(2);

        int before = t.slack.calls("chat.postMessage").size();
        SlackRequests.Answer ack =
                t.post(t.picksSubmission(OFFICER, view.get("private_metadata").asText(), values));
        assertThat(ack.status()).isEqualTo(200);
        assertThat(t.answerIn(DM, before).param("text")).contains("What is that person's name?");
        t.dm(OFFICER, DM, "Priya Shah");
        FakeSlack.Call delay = t.dm(OFFICER, DM, "exams@riverside.example");
        before = t.slack.calls("chat.postMessage").size();
        t.post(t.buttonPress(OFFICER, DM, BlockKit.REPLY_ACTION + "0", t.button(delay, "No delay"), null));
        FakeSlack.Call confirm = t.answerIn(DM, before);
        assertThat(confirm.param("text")).contains("give access to", "(0042)", "(0043)", "agrees to handle");
        before = t.slack.calls("chat.postMessage").size();
        t.post(t.buttonPress(OFFICER, DM, BlockKit.REPLY_ACTION + "0", t.button(confirm, "Yes, do it"), null));
        assertThat(t.answerIn(DM, before).param("text")).contains("Access given to", "(0042)", "(0043)");

        String officer = http.login("officer@riverside.example", DemoData.PASSWORD);
        String base = "/api/v1/results-access/" + juneId(officer);
        assertThat(http.get(base, officer).json().get("mode").asText()).isEqualTo("SELECTED");
        for (String number : List.of("0042", "0043")) {
            assertThat(http.get(base + "/candidates?q=" + number, officer)
                            .json()
                            .at("/items/0/selected")
                            .asBoolean())
                    .as(number + " ticked")
                    .isTrue();
        }
    }

    private static long juneId(String officer) {
        for (JsonNode s : http.get("/api/v1/series", officer).json().get("items")) {
            if (s.get("name").asText().equals("June 2026")) {
                return s.get("id").asLong();
            }
        }
        throw new AssertionError("no June 2026");
    }
}

package org.examdesk.bot.channels.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.examdesk.admin.testing.Await;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.bot.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The learner-group conversation in Slack direct messages, signed as Slack signs them, in Slack's own payload shapes:
 * the demo centre administrator finds the invalid records of the waiting demo group, fixes one, removes one, removes
 * the rest and submits it; an assessor shares a learner group's file with its name as the message, fixes it and
 * submits it; an exams officer is refused. Each change is checked through the admin API.
 */
class SlackLearnerGroupIT {
    private static final String GROUP = "Year 10 September";
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

    /** The person's DM: what they type, the buttons they press, files they share, the bot's answer to each. */
    private record Dm(String user) {
        String channel() {
            return "D" + user;
        }

        String say(String text) {
            return t.dm(user, channel(), text).param("text");
        }

        FakeSlack.Call sayCall(String text) {
            return t.dm(user, channel(), text);
        }

        String press(FakeSlack.Call answer, String label) {
            int before = t.slack.calls("chat.postMessage").size();
            t.post(t.buttonPress(user, channel(), BlockKit.REPLY_ACTION + "0", buttonValue(answer, label), null));
            return next(before).param("text");
        }

        /** Says {@code text}, then presses "Yes, do it" on the answer. */
        String confirm(String text) {
            return press(sayCall(text), "Yes, do it");
        }

        FakeSlack.Call share(String fileId, String name, String csv, String text) {
            t.slack.file(fileId, name, "csv", csv.getBytes(StandardCharsets.UTF_8));
            int before = t.slack.calls("chat.postMessage").size();
            String ts = t.ts();
            t.post(t.eventCallback(
                    "Ev" + t.next(),
                    "{\"type\":\"message\",\"subtype\":\"file_share\",\"channel\":\"" + channel() + "\",\"user\":\""
                            + user + "\",\"text\":\"" + text + "\",\"files\":[{\"id\":\"" + fileId + "\"}],\"ts\":\""
                            + ts + "\",\"event_ts\":\"" + ts + "\",\"channel_type\":\"im\"}"));
            return next(before);
        }

        private FakeSlack.Call next(int before) {
            return t.answerIn(channel(), before);
        }
    }

    private static String buttonValue(FakeSlack.Call call, String label) {
        for (JsonNode block : t.slack.blocks(call)) {
            for (JsonNode element : block.path("elements")) {
                if (element.path("text").path("text").asText().contains(label)) {
                    return element.path("value").asText();
                }
            }
        }
        throw new AssertionError("no button " + label + " in " + call.param("blocks"));
    }

    private static JsonNode group(String token, String name) {
        for (JsonNode g : http.get("/api/v1/learner-groups?q=" + name.replace(" ", "%20"), token)
                .json()
                .get("items")) {
            if (g.get("name").asText().equals(name)) {
                return g;
            }
        }
        throw new AssertionError("no group " + name);
    }

    private static List<Integer> invalidRows(String token, long id) {
        List<Integer> rows = new ArrayList<>();
        http.get("/api/v1/learner-groups/" + id + "/records?valid=false&size=100", token)
                .json()
                .get("items")
                .forEach(r -> rows.add(r.get("n").asInt()));
        return rows;
    }

    @Test
    void the_centre_administrator_fixes_removes_and_submits_the_demo_group_in_a_dm() {
        t.link("U7101", "centreadmin@riverside.example");
        String token = app.login("centreadmin@riverside.example");
        long id = group(token, GROUP).get("id").asLong();
        Dm dm = new Dm("U7101");

        String shown = dm.say("why is my learner group invalid");
        if (shown.contains("Which one?")) {
            shown = dm.say(GROUP);
        }
        assertThat(shown).contains(GROUP, "Row 9: Noah Fischer", "31/02/2010");

        assertThat(dm.confirm("change row 9's date of birth to 28/02/2010")).contains("Row 9 is valid now");
        assertThat(invalidRows(token, id)).doesNotContain(9);
        int removed = invalidRows(token, id).get(0);
        dm.confirm("remove row " + removed);
        assertThat(invalidRows(token, id)).doesNotContain(removed);
        assertThat(dm.confirm("submit")).contains("The group was not submitted");

        String last = "";
        for (int n : invalidRows(token, id)) {
            last = dm.confirm("remove row " + n);
        }
        assertThat(last).contains("Every record is valid");
        int valid = group(token, GROUP).get("valid").asInt();
        assertThat(dm.say("yes")).contains(GROUP + " is submitted and " + valid + " learners were created");
        assertThat(group(token, GROUP).get("state").asText()).isEqualTo("SUBMITTED");
    }

    @Test
    void an_assessor_shares_a_named_learner_group_file_in_a_dm_fixes_it_and_submits_it() {
        t.link("U7102", "assessor@riverside.example");
        String token = app.login("assessor@riverside.example");
        Dm dm = new Dm("U7102");
        String csv = "Given name,Family name,Date of birth,Gender,ULN\n"
                + "Gwen,Slackgroup,02/02/2010,Female,\n"
                + "Idris,Slackgroup,30/02/2010,Male,\n";

        String uploaded =
                dm.share("F7102", "slack-group.csv", csv, "Slack spring group").param("text");
        assertThat(uploaded).contains("Uploaded slack-group.csv as the learner group Slack spring group");
        String shown = Await.atMost(Await.DEFAULT)
                .until(
                        "the group's check",
                        () -> uploaded.contains("still being validated") ? dm.say("is it ready?") : uploaded,
                        text -> !text.contains("still being validated"));
        assertThat(shown).contains("Row 3: Idris Slackgroup");

        assertThat(dm.confirm("change row 3's date of birth to 28 Feb 2010")).contains("Every record is valid");
        assertThat(dm.say("yes")).contains("Slack spring group is submitted and 2 learners were created");
        assertThat(group(token, "Slack spring group").get("state").asText()).isEqualTo("SUBMITTED");
    }

    @Test
    void an_exams_officer_is_refused_in_a_dm() {
        t.link("U7103", "officer@riverside.example");
        Dm dm = new Dm("U7103");

        assertThat(dm.say("what's wrong with my learner group")).contains("centre administrators and assessors");
        assertThat(dm.say("list the invalid records of the Year 10 September learner group"))
                .contains("centre administrators and assessors");
    }
}

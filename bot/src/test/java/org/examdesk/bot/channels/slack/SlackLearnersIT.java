package org.examdesk.bot.channels.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.bot.TestApp;
import org.examdesk.bot.flows.learners.DemoLearners;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Learner management in Slack direct messages, signed as Slack signs them, in Slack's own payload shapes: the demo
 * centre administrator and assessor register two learners after the cost, amend a date of birth and are offered a
 * case the second time, and read results, the bot acting for them through the admin API; an exams officer is refused.
 */
class SlackLearnersIT {
    private static TestApp app;
    private static SlackRequests t;
    private static TestHttp http;
    private static DemoLearners learners;

    @BeforeAll
    static void start() {
        app = new TestApp().slack().start();
        t = new SlackRequests(app);
        http = app.http();
        learners = new DemoLearners(http, app.login("centreadmin@riverside.example"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** The person's DM: what they type, the buttons they press, the bot's answer to each. */
    private record Dm(String user) {
        String channel() {
            return "D" + user;
        }

        FakeSlack.Call say(String text) {
            return t.dm(user, channel(), text);
        }

        FakeSlack.Call press(FakeSlack.Call answer, String label) {
            int before = t.slack.calls("chat.postMessage").size();
            t.post(t.buttonPress(user, channel(), BlockKit.REPLY_ACTION + "0", buttonValue(answer, label), null));
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

    private static void registersAmendsAndReadsResults(Dm dm) {
        List<JsonNode> two = learners.take(2, DemoLearners.TEACHING);
        String first = DemoLearners.name(two.get(0));
        String second = DemoLearners.name(two.get(1));

        assertThat(dm.say("hi, please register " + first + " and " + second + " on the " + DemoLearners.TEACHING_TITLE)
                        .param("text"))
                .contains("start and end");
        FakeSlack.Call po = dm.say("1/9/2026 to 30/6/2027");
        FakeSlack.Call preview = dm.press(po, "No PO number");
        assertThat(preview.param("text"))
                .contains(first, second, "\u00a365.00 per registration \u00d7 2 = \u00a3130.00 in total");
        assertThat(learners.registeredOn(two.get(0), DemoLearners.TEACHING)).isFalse();
        FakeSlack.Call ordered = dm.press(preview, "Yes, do it");
        assertThat(ordered.param("text")).contains("Done: order", "Reference: ED-");
        assertThat(two).allMatch(l -> learners.registeredOn(l, DemoLearners.TEACHING));

        JsonNode learner = learners.take(1, null).get(0);
        String name = DemoLearners.name(learner);
        FakeSlack.Call confirm = dm.say("change " + name + "'s date of birth to 3 May 2009");
        assertThat(confirm.param("text")).contains(name, "to 3 May 2009");
        assertThat(dm.press(confirm, "Yes, do it").param("text")).contains("Done", "Reference: ED-");
        assertThat(learners.detail(learner.get("id").asLong())
                        .at("/learner/dateOfBirth")
                        .asText())
                .isEqualTo("2009-05-03");
        FakeSlack.Call offered = dm.say("can you change " + name + "'s dob to 4 May 2009");
        assertThat(offered.param("text"))
                .contains("already had the one amendment", "account specialist", "from 3 May 2009 to 4 May 2009");
        assertThat(buttonValue(offered, "Open a case")).isNotBlank();

        FakeSlack.Call results = dm.say("what did Chloe Evans get in BTEC Sport");
        if (results.param("text").contains("Shall I leave it")) {
            // the case offered is still waiting in this DM: leave it for the new request
            results = dm.press(results, "Yes, leave it");
        }
        if (results.param("text").contains("Which one?")) {
            results = dm.press(
                    results, learners.chloeEvans().at("/learner/learnerRef").asText());
        }
        assertThat(results.param("text")).contains("Chloe Evans got", "overall in BTEC Level 3");
        assertThat(results.param("blocks")).contains("Results of Chloe Evans", "Overall");
    }

    @Test
    void the_centre_administrator_registers_amends_is_offered_a_case_and_reads_results_in_a_dm() {
        t.link("U7001", "centreadmin@riverside.example");

        registersAmendsAndReadsResults(new Dm("U7001"));
    }

    @Test
    void an_assessor_does_the_same_in_a_dm() {
        t.link("U7002", "assessor@riverside.example");

        registersAmendsAndReadsResults(new Dm("U7002"));
    }

    @Test
    void an_exams_officer_is_refused_with_the_article_on_the_two_roles() {
        t.link("U7003", "officer@riverside.example");
        Dm dm = new Dm("U7003");

        FakeSlack.Call refused = dm.say("register Chloe Evans on the BTEC Level 3 Sport");

        assertThat(refused.param("text")).contains("centre administrators and assessors");
        assertThat(refused.param("blocks")).contains("/help/learner-management-roles");
        assertThat(dm.say("find learners in group Year 10 September").param("text"))
                .contains("centre administrators and assessors");
    }
}

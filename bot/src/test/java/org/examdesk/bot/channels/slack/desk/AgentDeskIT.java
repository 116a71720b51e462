package org.examdesk.bot.channels.slack.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import org.examdesk.admin.cases.CaseFixtures;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.Await;
import org.examdesk.admin.testing.TestDatabase;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.bot.TestApp;
import org.examdesk.bot.channels.slack.FakeSlack;
import org.examdesk.bot.channels.slack.SlackRequests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The agents' Slack channel end to end: signed requests in Slack's shapes against the running app, Web API calls
 * captured by the fake Slack server, the cases checked through the admin API.
 */
class AgentDeskIT {
    private static final String DESK = "C0AGENTS";
    private static final String AGENT = "U3001";
    private static final String REQUESTER = "U3002";
    private static TestApp app;
    private static SlackRequests t;
    private static String database;
    private static TestHttp http;
    private static String officer;
    private static String agent;

    @BeforeAll
    static void start() {
        database = TestDatabase.freshDemoUrl();
        app = new TestApp()
                .slack()
                .env("SLACK_AGENT_CHANNEL", DESK)
                .database(database)
                .start();
        t = new SlackRequests(app);
        http = app.http();
        officer = http.login("officer@riverside.example", DemoData.PASSWORD);
        agent = http.login("agent@examdesk.example", DemoData.PASSWORD);
        t.link(AGENT, "agent@examdesk.example");
        t.link(REQUESTER, "officer@riverside.example");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String openCase(String subject) {
        TestHttp.Response opened = http.post(
                "/api/v1/cases",
                """
                {"customerType":"centre","issueType":"accounts-access","category":"student-accounts",
                 "subcategory":"locked","qualification":"gcse","qualificationSubject":"mathematics",
                 "subject":"%s","description":"Sam Patel is locked out <b>again</b>.","supportOption":"MESSAGE",
                 %s}"""
                        .formatted(subject, CaseFixtures.CONTACT),
                officer);
        assertThat(opened.status()).isEqualTo(201);
        return opened.json().get("number").asText();
    }

    /** The case's card in the agents' channel. */
    private static FakeSlack.Call card(String number) {
        return t.slack.await(
                "chat.postMessage",
                c -> DESK.equals(c.param("channel"))
                        && c.param("thread_ts").isEmpty()
                        && c.param("blocks") != null
                        && c.param("blocks").contains("Case " + number));
    }

    private static String ts(FakeSlack.Call post) {
        return t.slack.answerTs(post);
    }

    /**
     * The card's ts once ExamDesk has stored where the card is (just after Slack answered the post), as it has long
     * done by the time a person replies in its thread.
     */
    private static String savedTs(String number) throws Exception {
        String ts = ts(card(number));
        try (Connection db = DriverManager.getConnection(database, "postgres", null);
                PreparedStatement saved = db.prepareStatement("select count(*) from slack_case_posts p "
                        + "join cases c on c.id = p.case_id where c.number = ? and p.message_ts = ?")) {
            saved.setString(1, number);
            saved.setString(2, ts);
            Await.atMost(Duration.ofSeconds(10)).until("where the card of case " + number + " is to be stored", () -> {
                try (ResultSet rows = saved.executeQuery()) {
                    return rows.next() && rows.getInt(1) == 1;
                }
            });
        }
        return ts;
    }

    private static JsonNode details(String number) {
        return http.get("/api/v1/cases/" + number, agent).json();
    }

    private static boolean hasButton(FakeSlack.Call call, String actionId) {
        for (JsonNode block : t.slack.blocks(call)) {
            for (JsonNode element : block.path("elements")) {
                if (actionId.equals(element.path("action_id").asText())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static FakeSlack.Call inThread(String threadTs, String fragment) {
        return t.slack.await(
                "chat.postMessage",
                c -> DESK.equals(c.param("channel"))
                        && threadTs.equals(c.param("thread_ts"))
                        && c.param("text").contains(fragment));
    }

    @Test
    void an_escalated_case_is_posted_to_the_agents_channel_with_claim_and_open_buttons() {
        String number = openCase("Locked student in year 11");

        FakeSlack.Call card = card(number);

        String requester = details(number).get("contact").get("name").asText();
        String blocks = t.slack.blocks(card).toString();
        assertThat(blocks)
                .contains(
                        "Locked student in year 11",
                        requester,
                        "centre-accounts",
                        "unclaimed",
                        "/agent#case=" + number);
        assertThat(blocks).contains("&lt;b&gt;again&lt;/b&gt;").doesNotContain("<b>");
        assertThat(hasButton(card, DeskMessages.CLAIM)).isTrue();
        assertThat(hasButton(card, DeskMessages.OPEN)).isTrue();
    }

    @Test
    void a_linked_agent_claims_from_slack_and_the_message_shows_who_claimed_it() {
        String number = openCase("Claim me from Slack");
        String cardTs = ts(card(number));

        SlackRequests.Answer ack = t.post(t.buttonPress(AGENT, DESK, DeskMessages.CLAIM, number, null));

        assertThat(ack.status()).isEqualTo(200);
        FakeSlack.Call update = t.slack.await("chat.update", c -> cardTs.equals(c.param("ts")));
        assertThat(update.param("blocks")).contains("claimed by Sofia Marsh", "In progress");
        assertThat(hasButton(update, DeskMessages.CLAIM)).isFalse();
        assertThat(details(number).get("assignedAgent").asText()).isEqualTo("Sofia Marsh");
        assertThat(details(number).get("status").asText()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void claiming_from_the_console_updates_the_slack_message_too() {
        String number = openCase("Claimed in the console");
        String cardTs = ts(card(number));

        assertThat(http.post("/api/v1/cases/" + number + "/claim", null, agent).status())
                .isEqualTo(200);

        FakeSlack.Call update = t.slack.await("chat.update", c -> cardTs.equals(c.param("ts")));
        assertThat(update.param("blocks")).contains("claimed by Sofia Marsh");
        assertThat(inThread(cardTs, "Claimed by").param("text")).contains("Sofia Marsh");
    }

    @Test
    void an_unlinked_user_pressing_claim_is_told_to_link_and_nothing_changes() {
        String number = openCase("Unlinked claim");
        card(number);

        t.post(t.buttonPress("U3999", DESK, DeskMessages.CLAIM, number, null));

        FakeSlack.Call told = t.slack.await("chat.postEphemeral", c -> "U3999".equals(c.param("user")));
        assertThat(told.param("text")).contains("Link Slack to your ExamDesk agent account", "Nothing was changed");
        assertThat(details(number).get("status").asText()).isEqualTo("NEW");
        assertThat(details(number).get("assignedAgent").isNull()).isTrue();
    }

    @Test
    void a_linked_exams_officer_cannot_claim_and_is_told_why() {
        String number = openCase("Officer tries to claim");
        card(number);

        t.post(t.buttonPress(REQUESTER, DESK, DeskMessages.CLAIM, number, null));

        FakeSlack.Call told = t.slack.await(
                "chat.postEphemeral",
                c -> REQUESTER.equals(c.param("user")) && c.param("text").contains(number));
        assertThat(told.param("text")).contains("Only support agents can claim cases.");
        assertThat(details(number).get("assignedAgent").isNull()).isTrue();
    }

    @Test
    void an_agents_thread_reply_reaches_the_requester_once_even_when_slack_retries_it() throws Exception {
        String number = openCase("Reply from the thread");
        String cardTs = savedTs(number);
        String replyTs = t.ts();
        String event = t.eventCallback(
                "EvReply" + t.next(), t.threadMessage(AGENT, DESK, cardTs, "I have unlocked Sam for you.", replyTs));

        t.post(event);
        t.post(event, Instant.now().getEpochSecond(), "1");

        FakeSlack.Call dm = t.slack.await(
                "chat.postMessage",
                c -> ("D" + REQUESTER).equals(c.param("channel"))
                        && c.param("text").contains("I have unlocked Sam for you."));
        assertThat(dm.param("text")).contains("Sofia Marsh", number);
        t.slack.await("reactions.add", c -> replyTs.equals(c.param("timestamp")));
        JsonNode activity = details(number).get("activity");
        long replies = 0;
        for (JsonNode entry : activity) {
            if (entry.get("kind").asText().equals("AGENT_COMMENT")) {
                replies++;
                assertThat(entry.get("body").asText()).isEqualTo("I have unlocked Sam for you.");
            }
        }
        assertThat(replies).isEqualTo(1);
        assertThat(t.slack.calls("chat.postMessage"))
                .noneMatch(c ->
                        cardTs.equals(c.param("thread_ts")) && c.param("text").contains("replied to the requester"));
    }

    @Test
    void a_thread_message_starting_with_two_slashes_is_a_note_among_agents_and_not_sent() throws Exception {
        String number = openCase("Note in the thread");
        String cardTs = savedTs(number);
        String noteTs = t.ts();

        t.post(t.eventCallback(
                "EvNote" + t.next(), t.threadMessage(AGENT, DESK, cardTs, "// checking with results team", noteTs)));
        t.post(t.eventCallback("EvReply" + t.next(), t.threadMessage(AGENT, DESK, cardTs, "Sorted now.", t.ts())));

        t.slack.await(
                "chat.postMessage",
                c -> ("D" + REQUESTER).equals(c.param("channel"))
                        && c.param("text").contains("Sorted now."));
        assertThat(t.slack.calls("chat.postMessage"))
                .noneMatch(c -> c.param("text").contains("checking with results"));
        assertThat(details(number).get("activity").toString())
                .doesNotContain("checking with results")
                .contains("Sorted now.");
        assertThat(t.slack.calls("reactions.add")).noneMatch(c -> noteTs.equals(c.param("timestamp")));
    }

    @Test
    void the_requesters_comment_and_a_console_reply_reach_the_thread() {
        String number = openCase("Back and forth");
        String cardTs = ts(card(number));

        http.post("/api/v1/cases/" + number + "/comments", "{\"text\":\"It happened again this morning.\"}", officer);
        http.post("/api/v1/cases/" + number + "/replies", "{\"text\":\"Looking at it now.\"}", agent);

        assertThat(inThread(cardTs, "It happened again").param("text")).contains("Priya Shah", "(requester)");
        assertThat(inThread(cardTs, "Looking at it now.").param("text")).contains("Sofia Marsh", "replied");
    }

    @Test
    void resolving_the_case_updates_the_card_and_tells_the_requester_in_their_dm() {
        String number = openCase("Resolve me");
        String cardTs = ts(card(number));

        http.put("/api/v1/cases/" + number + "/status", "{\"status\":\"RESOLVED\",\"note\":\"Unlocked.\"}", agent);

        FakeSlack.Call update = t.slack.await(
                "chat.update",
                c -> cardTs.equals(c.param("ts")) && c.param("blocks").contains("Resolved"));
        assertThat(hasButton(update, DeskMessages.CLAIM)).isFalse();
        assertThat(inThread(cardTs, "Resolved").param("text")).contains("Unlocked.");
        t.slack.await(
                "chat.postMessage",
                c -> ("D" + REQUESTER).equals(c.param("channel"))
                        && c.param("text").contains(number)
                        && c.param("text").contains("resolved"),
                Duration.ofSeconds(10));
    }

    @Test
    void a_message_in_the_agents_channel_outside_a_case_thread_is_ignored() {
        int before = t.slack.calls("chat.postMessage").size();
        String ts = t.ts();

        t.post(t.eventCallback("Ev" + t.next(), t.threadMessage(AGENT, DESK, "1600000000.000001", "chit-chat", ts)));
        String number = openCase("After the chit-chat");
        card(number);

        assertThat(t.slack.calls("chat.postEphemeral"))
                .noneMatch(c -> c.param("text").contains("chit-chat"));
        assertThat(t.slack.calls("reactions.add")).noneMatch(c -> ts.equals(c.param("timestamp")));
        assertThat(t.slack.calls("chat.postMessage").size()).isGreaterThan(before);
    }
}

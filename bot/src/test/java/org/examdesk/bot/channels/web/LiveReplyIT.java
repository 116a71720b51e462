package org.examdesk.bot.channels.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.examdesk.admin.cases.CaseFixtures;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.TestDatabase;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.bot.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An agent's reply to a case opened from a chat reaches that chat live, and only that chat's owner, whichever of
 * two nodes over the same database the agent works on.
 */
class LiveReplyIT {
    private static TestApp app;
    private static TestApp otherNode;
    private static TestHttp http;

    @BeforeAll
    static void start() {
        String database = TestDatabase.freshDemoUrl();
        app = new TestApp().database(database).start();
        otherNode = new TestApp().database(database).start();
        http = app.http();
    }

    @AfterAll
    static void stop() {
        otherNode.close();
        app.close();
    }

    /** A conversation of {@code token}'s with one message in it. */
    private static String conversation(String token) {
        String conversation =
                http.post("/bot/v1/conversations", null, token).json().get("id").asText();
        http.post("/bot/v1/conversations/" + conversation + "/messages", "{\"text\":\"hello\"}", token);
        return conversation;
    }

    /** Opens a case from {@code conversation}, as the web chat's case flow does; answers its number. */
    private static String caseFrom(String conversation, String token) {
        return http.post(
                        "/api/v1/cases",
                        """
                {"customerType":"centre","issueType":"accounts-access","category":"student-accounts",
                 "subcategory":"locked","qualification":"gcse","qualificationSubject":"mathematics",
                 "subject":"Locked student","description":"Sam Patel is locked out.","supportOption":"MESSAGE",
                 %s,
                 "conversationId":"%s"}"""
                                .formatted(CaseFixtures.CONTACT, conversation),
                        token)
                .json()
                .get("number")
                .asText();
    }

    @Test
    void the_agents_reply_reaches_the_requesters_chat_and_no_one_elses() {
        String officer = http.login("officer@riverside.example", DemoData.PASSWORD);
        String conversation = conversation(officer);
        String number = caseFrom(conversation, officer);
        TestSocket mine = TestSocket.open(app.port(), officer, conversation);
        mine.await("\"started\"");
        TestSocket other =
                TestSocket.open(app.port(), http.login("officer@hillside.example", DemoData.PASSWORD), conversation);
        String otherStarted = other.await("\"started\"");

        String agent = http.login("agent@examdesk.example", DemoData.PASSWORD);
        assertThat(http.post("/api/v1/cases/" + number + "/claim", null, agent).status())
                .isEqualTo(200);
        assertThat(http.post(
                                "/api/v1/cases/" + number + "/replies",
                                "{\"text\":\"I have unlocked it for you.\"}",
                                agent)
                        .status())
                .isEqualTo(201);

        assertThat(mine.await("I have unlocked it for you.")).contains(number);
        assertThat(otherStarted).doesNotContain(conversation);
        assertThat(other.received).noneMatch(m -> m.contains("I have unlocked it"));
    }

    @Test
    void a_claim_and_reply_made_on_another_node_reach_the_chat_connected_to_this_one() {
        String officer = http.login("officer@riverside.example", DemoData.PASSWORD);
        String conversation = conversation(officer);
        String number = caseFrom(conversation, officer);
        TestSocket mine = TestSocket.open(app.port(), officer, conversation);
        mine.await("\"started\"");

        TestHttp onOtherNode = otherNode.http();
        String agent = onOtherNode.login("agent@examdesk.example", DemoData.PASSWORD);
        assertThat(onOtherNode
                        .post("/api/v1/cases/" + number + "/claim", null, agent)
                        .status())
                .isEqualTo(200);
        assertThat(onOtherNode
                        .post("/api/v1/cases/" + number + "/replies", "{\"text\":\"Fixed from node two.\"}", agent)
                        .status())
                .isEqualTo(201);

        assertThat(mine.await("has picked up case " + number)).contains("Sofia Marsh");
        assertThat(mine.await("Fixed from node two.")).contains(number);
    }
}

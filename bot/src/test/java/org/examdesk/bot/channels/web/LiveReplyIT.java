package org.examdesk.bot.channels.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.TestDatabase;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.bot.ExamDesk;
import org.examdesk.bot.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An agent's reply to a case opened from a chat reaches that chat live, and only that chat's owner, whichever of
 * two nodes over the same database the agent works on.
 */
class LiveReplyIT {
    private static ExamDesk app;
    private static ExamDesk otherNode;
    private static TestHttp http;

    @BeforeAll
    static void start() {
        String database = TestDatabase.freshDemoUrl();
        app = TestApp.start(Map.of("DATABASE_URL", database));
        otherNode = TestApp.start(Map.of("DATABASE_URL", database));
        http = new TestHttp(TestApp.base(app));
    }

    @AfterAll
    static void stop() {
        otherNode.close();
        app.close();
    }

    /** A page's socket: everything the server sends, in order. */
    private static final class Page implements WebSocket.Listener {
        final BlockingQueue<String> received = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                received.add(partial.toString());
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }

        String await(String fragment) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < deadline) {
                String message = received.poll(200, TimeUnit.MILLISECONDS);
                if (message != null && message.contains(fragment)) {
                    return message;
                }
            }
            throw new AssertionError("no message containing " + fragment);
        }
    }

    private static WebSocket connect(Page page, String token, String conversationId) {
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + app.port() + "/chat/ws"), page).join();
        socket.sendText("{\"type\":\"start\",\"token\":\"" + token + "\",\"conversationId\":\"" + conversationId + "\"}",
                true).join();
        return socket;
    }

    @Test
    void the_agents_reply_reaches_the_requesters_chat_and_no_one_elses() throws Exception {
        String officer = http.login("officer@riverside.example", DemoData.PASSWORD);
        String conversation = http.post("/bot/v1/conversations", null, officer).json().get("id").asText();
        http.post("/bot/v1/conversations/" + conversation + "/messages", "{\"text\":\"hello\"}", officer);
        String number = http.post("/api/v1/cases", """
                {"customerType":"centre","issueType":"accounts-access","category":"student-accounts",
                 "subcategory":"locked","qualification":"gcse","qualificationSubject":"mathematics",
                 "subject":"Locked student","description":"Sam Patel is locked out.","supportOption":"MESSAGE",
                 "conversationId":"%s"}""".formatted(conversation), officer).json().get("number").asText();
        Page mine = new Page();
        connect(mine, officer, conversation);
        mine.await("\"started\"");
        Page other = new Page();
        connect(other, http.login("officer@hillside.example", DemoData.PASSWORD), conversation);
        String otherStarted = other.await("\"started\"");

        String agent = http.login("agent@examdesk.example", DemoData.PASSWORD);
        assertThat(http.post("/api/v1/cases/" + number + "/claim", null, agent).status()).isEqualTo(200);
        assertThat(http.post("/api/v1/cases/" + number + "/replies", "{\"text\":\"I have unlocked it for you.\"}", agent)
                .status()).isEqualTo(201);

        assertThat(mine.await("I have unlocked it for you.")).contains(number);
        assertThat(otherStarted).doesNotContain(conversation);
        assertThat(other.received).noneMatch(m -> m.contains("I have unlocked it"));
    }

    @Test
    void a_claim_and_reply_made_on_another_node_reach_the_chat_connected_to_this_one() throws Exception {
        String officer = http.login("officer@riverside.example", DemoData.PASSWORD);
        String conversation = http.post("/bot/v1/conversations", null, officer).json().get("id").asText();
        http.post("/bot/v1/conversations/" + conversation + "/messages", "{\"text\":\"hello\"}", officer);
        String number = http.post("/api/v1/cases", """
                {"customerType":"centre","issueType":"accounts-access","category":"student-accounts",
                 "subcategory":"locked","qualification":"gcse","qualificationSubject":"mathematics",
                 "subject":"Locked again","description":"Sam Patel is locked out.","supportOption":"MESSAGE",
                 "conversationId":"%s"}""".formatted(conversation), officer).json().get("number").asText();
        Page mine = new Page();
        connect(mine, officer, conversation);
        mine.await("\"started\"");

        TestHttp onOtherNode = new TestHttp(TestApp.base(otherNode));
        String agent = onOtherNode.login("agent@examdesk.example", DemoData.PASSWORD);
        assertThat(onOtherNode.post("/api/v1/cases/" + number + "/claim", null, agent).status()).isEqualTo(200);
        assertThat(onOtherNode.post("/api/v1/cases/" + number + "/replies", "{\"text\":\"Fixed from node two.\"}",
                agent).status()).isEqualTo(201);

        assertThat(mine.await("has picked up case " + number)).contains("Sofia Marsh");
        assertThat(mine.await("Fixed from node two.")).contains(number);
    }
}

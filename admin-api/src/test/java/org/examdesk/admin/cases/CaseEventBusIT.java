package org.examdesk.admin.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examdesk.admin.cases.CaseFixtures.accountsCase;
import static org.examdesk.admin.cases.CaseFixtures.london;
import static org.examdesk.admin.cases.CaseFixtures.number;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.examdesk.admin.client.CaseNotice;
import org.examdesk.admin.db.Database;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.Await;
import org.examdesk.admin.testing.MutableClock;
import org.examdesk.admin.testing.TestDatabase;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestServer;
import org.examdesk.knowledge.KnowledgeBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two nodes over one database: what happens to a case on one reaches listeners on every node, through NOTIFY. */
class CaseEventBusIT {
    private static final MutableClock clock = new MutableClock(london("2026-06-03T10:00"));
    private static final KnowledgeBase knowledge = CaseFixtures.knowledge();
    private static final Recorder everywhereOnA = new Recorder();
    private static final Recorder everywhereOnB = new Recorder();
    private static final Recorder localOnA = new Recorder();
    private static TestServer nodeA;
    private static TestServer nodeB;
    private static TestHttp onB;
    private static String officer;
    private static String agent;

    /** Writes down each event as "KIND number text-or-status". */
    static final class Recorder implements CaseEvents {
        final List<String> seen = new CopyOnWriteArrayList<>();

        @Override
        public void opened(CaseNotice n) {
            seen.add("OPENED " + n.number() + " " + n.subject());
        }

        @Override
        public void claimed(CaseNotice n) {
            seen.add("CLAIMED " + n.number() + " " + n.assignedAgent());
        }

        @Override
        public void agentReplied(CaseNotice n) {
            seen.add("REPLIED " + n.number() + " " + n.text());
        }

        @Override
        public void requesterCommented(CaseNotice n) {
            seen.add("COMMENTED " + n.number() + " " + n.text());
        }

        @Override
        public void statusChanged(CaseNotice n) {
            seen.add("STATUS " + n.number() + " " + n.status());
        }

        List<String> of(String number) {
            return seen.stream().filter(s -> s.split(" ")[1].equals(number)).toList();
        }

        /** Waits (at most 10 s) until the events of {@code number} satisfy {@code done}. */
        List<String> await(String number, Predicate<List<String>> done) {
            return Await.atMost(Duration.ofSeconds(10)).until("the events of case " + number, () -> of(number), done);
        }
    }

    @BeforeAll
    static void start() {
        Database shared = TestDatabase.freshWithDemo();
        nodeA = new TestServer()
                .clock(clock)
                .knowledge(knowledge)
                .database(shared)
                .start();
        nodeB = new TestServer()
                .clock(clock)
                .knowledge(knowledge)
                .database(shared)
                .start();
        nodeA.api().cases().listenOnEveryNode(everywhereOnA);
        nodeA.api().cases().listen(localOnA);
        nodeB.api().cases().listenOnEveryNode(everywhereOnB);
        onB = nodeB.http();
        officer = onB.login("officer@riverside.example", DemoData.PASSWORD);
        agent = onB.login("agent@examdesk.example", DemoData.PASSWORD);
    }

    @AfterAll
    static void stop() {
        nodeB.close();
        nodeA.close();
        knowledge.close();
    }

    @Test
    void what_happens_on_one_node_reaches_every_nodes_listeners_once_and_in_order() {
        String number = number(onB, officer, accountsCase("MESSAGE"));
        onB.post("/api/v1/cases/" + number + "/claim", null, agent);
        onB.post("/api/v1/cases/" + number + "/replies", "{\"text\":\"Unlocked.\"}", agent);
        onB.post("/api/v1/cases/" + number + "/comments", "{\"text\":\"Thank you!\"}", officer);
        onB.put("/api/v1/cases/" + number + "/status", "{\"status\":\"RESOLVED\"}", agent);

        List<String> expected = List.of(
                "OPENED " + number + " Student locked out",
                "CLAIMED " + number + " Sofia Marsh",
                "STATUS " + number + " IN_PROGRESS",
                "REPLIED " + number + " Unlocked.",
                "COMMENTED " + number + " Thank you!",
                "STATUS " + number + " RESOLVED");
        assertThat(everywhereOnA.await(number, seen -> seen.size() >= expected.size()))
                .isEqualTo(expected);
        assertThat(everywhereOnB.await(number, seen -> seen.size() >= expected.size()))
                .isEqualTo(expected);
    }

    @Test
    void a_reply_longer_than_a_notification_can_carry_arrives_whole() {
        String number = number(onB, officer, accountsCase("MESSAGE"));
        String longReply = "Step by step. ".repeat(700);

        onB.post("/api/v1/cases/" + number + "/replies", "{\"text\":\"" + longReply + "\"}", agent);

        List<String> seen = everywhereOnA.await(number, s -> s.stream().anyMatch(e -> e.startsWith("REPLIED")));
        assertThat(seen).contains("REPLIED " + number + " " + longReply);
    }

    @Test
    void a_listener_for_this_node_only_hears_nothing_of_another_nodes_changes() {
        String number = number(onB, officer, accountsCase("MESSAGE"));

        everywhereOnA.await(number, seen -> !seen.isEmpty());

        assertThat(localOnA.of(number)).isEmpty();
    }
}

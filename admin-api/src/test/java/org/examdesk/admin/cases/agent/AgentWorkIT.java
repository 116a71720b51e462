package org.examdesk.admin.cases.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examdesk.admin.cases.CaseFixtures.accountsCase;
import static org.examdesk.admin.cases.CaseFixtures.london;
import static org.examdesk.admin.cases.CaseFixtures.number;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.examdesk.admin.cases.CaseEvents;
import org.examdesk.admin.cases.CaseFixtures;
import org.examdesk.admin.client.CaseNotice;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.MutableClock;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestHttp.Response;
import org.examdesk.admin.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AgentWorkIT {
    private static final MutableClock clock = new MutableClock(london("2026-06-03T10:00"));
    private static final List<String> events = new CopyOnWriteArrayList<>();
    private static TestServer server;
    private static TestHttp http;
    private static String officer;
    private static String agent;
    private static String boardAdmin;

    @BeforeAll
    static void start() {
        server = CaseFixtures.server(clock);
        server.api().cases().listen(new CaseEvents() {
            @Override
            public void agentReplied(CaseNotice notice) {
                events.add("reply " + notice.number() + " " + notice.text() + " " + notice.conversationId());
            }

            @Override
            public void statusChanged(CaseNotice notice) {
                events.add("status " + notice.number() + " " + notice.status());
            }
        });
        http = server.http();
        officer = http.login("officer@riverside.example", DemoData.PASSWORD);
        agent = http.login("agent@examdesk.example", DemoData.PASSWORD);
        boardAdmin = http.login("admin@examdesk.example", DemoData.PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void an_agent_claims_replies_and_resolves_and_the_requester_hears_of_each_step() {
        String number = number(http, officer, accountsCase("MESSAGE"));

        Response claimed = http.post("/api/v1/cases/" + number + "/claim", null, agent);
        assertThat(claimed.status()).isEqualTo(200);
        assertThat(claimed.json().get("assignedAgent").asText()).isEqualTo("Sofia Marsh");
        assertThat(claimed.json().get("status").asText()).isEqualTo("IN_PROGRESS");

        Response replied =
                http.post("/api/v1/cases/" + number + "/replies", "{\"text\":\"I have reactivated Sam.\"}", agent);
        assertThat(replied.status()).isEqualTo(201);
        Response resolved = http.put("/api/v1/cases/" + number + "/status", "{\"status\":\"RESOLVED\"}", agent);
        assertThat(resolved.json().get("status").asText()).isEqualTo("RESOLVED");
        assertThat(resolved.json().get("resolvedAt").isNull()).isFalse();

        JsonNode details = http.get("/api/v1/cases/" + number, officer).json();
        assertThat(details.get("activity"))
                .extracting(a -> a.get("kind").asText())
                .containsExactly(
                        "CREATED",
                        "OWNER_CHANGED",
                        "OWNER_CHANGED",
                        "STATUS_CHANGED",
                        "AGENT_COMMENT",
                        "STATUS_CHANGED");
        assertThat(details.get("firstResponseAt").isNull()).isFalse();
        assertThat(subjects())
                .contains("Case " + number + ": a reply from support", "Case " + number + " is now resolved");
        assertThat(events)
                .contains(
                        "status " + number + " IN_PROGRESS",
                        "reply " + number + " I have reactivated Sam. null",
                        "status " + number + " RESOLVED");
        assertThat(audit(number)).contains("case.create", "case.claim", "case.reply", "case.status");
    }

    @Test
    void an_agent_reply_sent_twice_with_one_idempotency_key_is_made_and_emailed_once() {
        String number = number(http, officer, accountsCase("MESSAGE"));
        String replies = "/api/v1/cases/" + number + "/replies";
        Map<String, String> key = Map.of("Idempotency-Key", "reply-retry-0001");
        int repliesHeard = (int)
                events.stream().filter(e -> e.startsWith("reply " + number)).count();

        Response first = http.send("POST", replies, "{\"text\":\"Sam is reactivated.\"}", agent, key);
        Response retry = http.send("POST", replies, "{\"text\":\"Sam is reactivated.\"}", agent, key);
        Response otherText = http.send("POST", replies, "{\"text\":\"Something else.\"}", agent, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().get("activity"))
                .extracting(a -> a.get("kind").asText())
                .containsOnlyOnce("AGENT_COMMENT");
        assertThat(otherText.status())
                .as("other text with the same key is refused")
                .isEqualTo(422);
        assertThat(events.stream().filter(e -> e.startsWith("reply " + number)))
                .as("the requester hears of the reply once")
                .hasSize(repliesHeard + 1);
        assertThat(audit(number)).containsOnlyOnce("case.reply");
    }

    @Test
    void a_status_change_retried_with_its_key_changes_nothing_even_after_the_case_moved_on() {
        String number = number(http, officer, accountsCase("MESSAGE"));
        String status = "/api/v1/cases/" + number + "/status";
        Map<String, String> key = Map.of("Idempotency-Key", "status-retry-0001");
        String waiting = "{\"status\":\"WAITING_ON_CUSTOMER\",\"note\":\"Asked for the UCI.\"}";

        Response first = http.send("PUT", status, waiting, agent, key);
        http.put(status, "{\"status\":\"IN_PROGRESS\"}", agent);
        Response retry = http.send("PUT", status, waiting, agent, key);
        Response otherStatus = http.send("PUT", status, "{\"status\":\"RESOLVED\"}", agent, key);

        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().get("status").asText())
                .as("the retry did not move the case back")
                .isEqualTo("IN_PROGRESS");
        assertThat(otherStatus.status())
                .as("another status with the same key is refused")
                .isEqualTo(422);
        assertThat(http.get("/api/v1/cases/" + number, officer)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("IN_PROGRESS");
        assertThat(audit(number).stream().filter("case.status"::equals)).hasSize(2);
    }

    @Test
    void a_call_logged_twice_with_one_key_is_logged_once() {
        String number = number(http, officer, accountsCase("MESSAGE"));
        String calls = "/api/v1/cases/" + number + "/calls";
        Map<String, String> key = Map.of("Idempotency-Key", "call-retry-0001");

        Response first = http.send("POST", calls, "{\"note\":\"Talked Sam through it.\"}", agent, key);
        Response retry = http.send("POST", calls, "{\"note\":\"Talked Sam through it.\"}", agent, key);
        Response otherNote = http.send("POST", calls, "{\"note\":\"Another call.\"}", agent, key);
        Response withoutKey = http.post(calls, "{\"note\":\"Another call.\"}", agent);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(otherNote.status()).isEqualTo(422);
        assertThat(withoutKey.json().get("activity"))
                .extracting(a -> a.get("kind").asText())
                .filteredOn("CALL_LOGGED"::equals)
                .as("the keyed call once, and the call without a key")
                .hasSize(2);
        assertThat(audit(number).stream().filter("case.call"::equals)).hasSize(2);
    }

    @Test
    void the_claiming_agent_is_named_on_the_case_in_the_requesters_list_and_in_the_queue() {
        String number = number(http, officer, accountsCase("MESSAGE"));
        assertThat(http.get("/api/v1/cases/" + number, officer)
                        .json()
                        .get("assignedAgent")
                        .isNull())
                .isTrue();

        assertThat(http.post("/api/v1/cases/" + number + "/claim", null, agent).status())
                .isEqualTo(200);

        assertThat(http.get("/api/v1/cases/" + number, officer)
                        .json()
                        .get("assignedAgent")
                        .asText())
                .isEqualTo("Sofia Marsh");
        assertThat(listRow(number).get("assignedAgent").asText()).isEqualTo("Sofia Marsh");
        assertThat(queueRow(number).get("assignedAgent").asText()).isEqualTo("Sofia Marsh");
    }

    @Test
    void a_case_claimed_by_one_agent_cannot_be_claimed_by_another() {
        String number = number(http, officer, accountsCase("MESSAGE"));
        assertThat(http.post("/api/v1/cases/" + number + "/claim", null, agent).status())
                .isEqualTo(200);

        Response second = http.post("/api/v1/cases/" + number + "/claim", null, boardAdmin);

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("message").asText()).contains("Sofia Marsh");
    }

    @Test
    void a_closed_case_cannot_be_reopened_or_replied_to() {
        String number = number(http, officer, accountsCase("MESSAGE"));
        assertThat(http.put("/api/v1/cases/" + number + "/status", "{\"status\":\"CLOSED\"}", agent)
                        .status())
                .isEqualTo(200);

        assertThat(http.put("/api/v1/cases/" + number + "/status", "{\"status\":\"IN_PROGRESS\"}", agent)
                        .status())
                .isEqualTo(409);
        assertThat(http.post("/api/v1/cases/" + number + "/replies", "{\"text\":\"hello\"}", agent)
                        .status())
                .isEqualTo(409);
        assertThat(http.put("/api/v1/cases/" + number + "/status", "{\"status\":\"LOST\"}", agent)
                        .status())
                .isEqualTo(422);
    }

    @Test
    void a_requesters_comment_on_a_case_waiting_on_them_puts_it_back_in_progress() {
        String number = number(http, officer, accountsCase("MESSAGE"));
        http.put("/api/v1/cases/" + number + "/status", "{\"status\":\"WAITING_ON_CUSTOMER\"}", agent);

        Response commented =
                http.post("/api/v1/cases/" + number + "/comments", "{\"text\":\"Here is the UCI.\"}", officer);

        assertThat(commented.json().get("status").asText()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void only_agents_and_board_admins_use_the_agent_endpoints() {
        String number = number(http, officer, accountsCase("MESSAGE"));

        assertThat(http.get("/api/v1/agent/queue", officer).status()).isEqualTo(403);
        assertThat(http.post("/api/v1/cases/" + number + "/claim", null, officer)
                        .status())
                .isEqualTo(403);
        assertThat(http.post("/api/v1/cases/" + number + "/replies", "{\"text\":\"x\"}", officer)
                        .status())
                .isEqualTo(403);
        assertThat(http.put("/api/v1/cases/" + number + "/status", "{\"status\":\"CLOSED\"}", officer)
                        .status())
                .isEqualTo(403);
        assertThat(http.get("/api/v1/agent/queue", boardAdmin).status()).isEqualTo(200);
    }

    @Test
    void the_queue_lists_open_cases_most_urgent_first_and_filters_by_queue() {
        clock.set(london("2026-06-01T09:30"));
        String older = number(http, officer, accountsCase("MESSAGE"));
        clock.set(london("2026-06-01T09:45"));
        String newer = number(http, officer, accountsCase("MESSAGE"));
        String complaint =
                number(http, officer, CaseFixtures.body("centre", "feedback", "complaints", "service", "MESSAGE"));

        Response page = http.get("/api/v1/agent/queue?queue=centre-accounts&size=100", agent);

        assertThat(page.status()).isEqualTo(200);
        List<String> numbers = page.json().get("items").findValuesAsText("number");
        assertThat(numbers).contains(older, newer).doesNotContain(complaint);
        assertThat(numbers.indexOf(older)).isLessThan(numbers.indexOf(newer));
        JsonNode dues = page.json().get("items");
        for (int i = 1; i < dues.size(); i++) {
            assertThat(dues.get(i).get("dueAt").asText())
                    .isGreaterThanOrEqualTo(dues.get(i - 1).get("dueAt").asText());
        }
        assertThat(page.json().get("now").asText()).isEqualTo(clock.instant().toString());
        assertThat(http.get("/api/v1/agent/queue?queue=nowhere", agent).status())
                .isEqualTo(422);
        assertThat(http.get("/api/v1/agent/queues", agent).json().get("queues").findValuesAsText("value"))
                .contains("centre-accounts", "complaints");
    }

    @Test
    void a_case_opened_from_a_conversation_carries_its_transcript() {
        String bot = server.api().issueServiceToken("test-bot");
        long officerId = http.get("/api/v1/me", officer).json().get("id").asLong();
        String conversation = http.post(
                        "/api/v1/conversations", "{\"channel\":\"web\",\"userId\":" + officerId + "}", bot)
                .json()
                .get("id")
                .asText();
        http.post(
                "/api/v1/conversations/" + conversation + "/messages",
                "{\"author\":\"USER\",\"body\":{\"text\":\"Sam Patel is locked out\"}}",
                bot);
        http.post(
                "/api/v1/conversations/" + conversation + "/messages",
                "{\"author\":\"BOT\",\"body\":{\"replies\":[{\"type\":\"text\",\"text\":\"I'm not sure I have an article that answers that.\"}]}}",
                bot);

        String withConversation =
                accountsCase("MESSAGE").replaceFirst("\\{", "{\"conversationId\":\"" + conversation + "\",");
        String number = number(http, officer, withConversation);

        JsonNode details = http.get("/api/v1/cases/" + number, officer).json();
        assertThat(details.get("conversationId").asText()).isEqualTo(conversation);
        assertThat(details.at("/attachments/0/fileName").asText()).isEqualTo("chat-transcript.txt");
        assertThat(details.at("/attachments/0/sha256").asText()).hasSize(64);
        assertThat(details.get("activity").findValuesAsText("kind")).contains("ATTACHMENT_ADDED");
        String someoneElses =
                withConversation.replace(conversation, UUID.randomUUID().toString());
        assertThat(http.post("/api/v1/cases", someoneElses, officer).status()).isEqualTo(422);
    }

    /** The case's row in the officer's own list of cases, walked page by page. */
    private static JsonNode listRow(String number) {
        for (int page = 1; page <= 100; page++) {
            JsonNode items = http.get("/api/v1/cases?size=100&page=" + page, officer)
                    .json()
                    .get("items");
            assertThat(items).as("case " + number + " in the officer's list").isNotEmpty();
            for (JsonNode item : items) {
                if (item.get("number").asText().equals(number)) {
                    return item;
                }
            }
        }
        throw new AssertionError("Case " + number + " is not in the first 100 pages of the officer's list");
    }

    /** The case's row in the agents' queue of cases in progress, walked page by page. */
    private static JsonNode queueRow(String number) {
        String path = "/api/v1/agent/queue?status=IN_PROGRESS&size=100";
        for (int page = 0; page < 100; page++) {
            JsonNode body = http.get(path, agent).json();
            for (JsonNode item : body.get("items")) {
                if (item.get("number").asText().equals(number)) {
                    return item;
                }
            }
            assertThat(body.get("next").isNull())
                    .as("case " + number + " in the queue")
                    .isFalse();
            path = "/api/v1/agent/queue?status=IN_PROGRESS&size=100&after="
                    + body.get("next").asText();
        }
        throw new AssertionError("Case " + number + " is not in the first 100 pages of the queue");
    }

    private static List<String> subjects() {
        return server.database().jdbi().withHandle(h -> h.createQuery("select subject from outbox order by id")
                .mapTo(String.class)
                .list());
    }

    private static List<String> audit(String number) {
        return server.database().jdbi().withHandle(h -> h.createQuery(
                        "select action from audit_log where target_type = 'case' and target_id = :n order by id")
                .bind("n", number)
                .mapTo(String.class)
                .list());
    }
}

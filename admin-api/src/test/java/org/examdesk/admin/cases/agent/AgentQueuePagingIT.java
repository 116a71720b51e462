package org.examdesk.admin.cases.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.examdesk.admin.cases.CaseFixtures;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestHttp.Response;
import org.examdesk.admin.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keyset (cursor) paging of the agent queue: walking by {@code next} gives what the numbered pages give, case for
 * case, including cases due at the very same microsecond, and a page asked for by cursor does not shift when
 * cases before it leave the queue.
 */
class AgentQueuePagingIT {
    private static final int SIZE = 7;
    private static TestServer server;
    private static TestHttp http;
    private static String agent;

    @BeforeAll
    static void start() {
        server = CaseFixtures.server(Clock.systemUTC());
        http = server.http();
        agent = http.login("agent@examdesk.example", DemoData.PASSWORD);
        addCasesDueAtTheSameMoments();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /**
     * 150 more cases over three queues, due at one of five moments (to the microsecond, among the demo cases'
     * due times), so most of them tie with others on due time; one in seven is resolved and not in the queue.
     */
    private static void addCasesDueAtTheSameMoments() {
        server.database()
                .jdbi()
                .useHandle(
                        h -> h.execute(
                                """
                insert into cases (number, requester_user_id, contact_name, contact_email, customer_type, issue_type,
                                   category, subcategory, qualification, qualification_subject, subject, description,
                                   support_option, status, queue, target_days, due_at, created_at, updated_at)
                select (30000000 + g)::text, (select min(id) from users), 'Paging Contact', 'paging@example.org',
                       'centre', 'accounts-access', 'student-accounts', 'locked', 'gcse', 'mathematics',
                       'Tied case ' || g, 'Due at the same moment as others.', 'MESSAGE',
                       case when g % 7 = 0 then 'RESOLVED' else (array['NEW', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER'])[1 + g % 3] end,
                       (array['complaints', 'centre-accounts', 'general'])[1 + g % 3], 2,
                       date_trunc('hour', now()) + (g % 5) * interval '1 day' + interval '123456 microseconds',
                       now() - interval '1 day', now()
                  from generate_series(1, 150) g"""));
    }

    @ParameterizedTest(name = "queue ''{0}''")
    @ValueSource(strings = {"", "complaints"})
    void walking_the_queue_by_cursor_gives_every_open_case_once_in_the_order_of_the_numbered_pages(String queue) {
        long open = openCases(queue);

        List<String> byNumber = new ArrayList<>();
        for (int page = 1; page <= (open + SIZE - 1) / SIZE; page++) {
            byNumber.addAll(page(queue, "&page=" + page).findValuesAsText("number"));
        }
        List<JsonNode> byCursor = walkByCursor(queue);

        List<String> numbers = byCursor.stream()
                .flatMap(p -> p.get("items").findValuesAsText("number").stream())
                .toList();
        assertThat(numbers).hasSize((int) open).doesNotHaveDuplicates().containsExactlyElementsOf(byNumber);
        assertThat(byCursor)
                .extracting(p -> p.get("page").asInt())
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, byCursor.size()).boxed().toList());
        assertThat(byCursor.get(byCursor.size() - 1).get("next").isNull()).isTrue();
        assertThat(tiesAcrossPageBoundaries(byCursor))
                .as("pages that start with the due time the page before ended with")
                .isPositive();
    }

    @Test
    void a_page_asked_for_by_cursor_does_not_shift_when_a_case_before_it_leaves_the_queue() {
        JsonNode first = http.get("/api/v1/agent/queue?queue=general&size=" + SIZE, agent)
                .json();
        String cursor = first.get("next").asText();
        String secondPageStart = http.get("/api/v1/agent/queue?queue=general&size=" + SIZE + "&after=" + cursor, agent)
                .json()
                .at("/items/0/number")
                .asText();

        String leaving = first.at("/items/0/number").asText();
        assertThat(http.put("/api/v1/cases/" + leaving + "/status", "{\"status\":\"CLOSED\"}", agent)
                        .status())
                .isEqualTo(200);

        Response byCursor = http.get("/api/v1/agent/queue?queue=general&size=" + SIZE + "&after=" + cursor, agent);
        Response byNumber = http.get("/api/v1/agent/queue?queue=general&size=" + SIZE + "&page=2", agent);
        assertThat(byCursor.json().at("/items/0/number").asText()).isEqualTo(secondPageStart);
        assertThat(byCursor.json().get("page").asInt()).isEqualTo(2);
        assertThat(byNumber.json().at("/items/0/number").asText())
                .as("OFFSET paging moves up by one")
                .isNotEqualTo(secondPageStart);
    }

    @Test
    void a_cursor_that_was_not_given_out_or_belongs_to_another_queue_is_refused_naming_after() {
        String cursor = http.get("/api/v1/agent/queue?queue=complaints&size=" + SIZE, agent)
                .json()
                .get("next")
                .asText();
        String forged = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("q1|complaints/|someday|1|0".getBytes(StandardCharsets.UTF_8));

        for (String query : List.of(
                "?after=not%20a%20cursor",
                "?queue=complaints&after=" + forged,
                "?queue=general&after=" + cursor,
                "?queue=complaints&status=NEW&after=" + cursor,
                "?queue=complaints&page=2&after=" + cursor)) {
            Response refused = http.get("/api/v1/agent/queue" + query, agent);
            assertThat(refused.status()).as(query).isEqualTo(422);
            assertThat(refused.json().get("details"))
                    .as(query)
                    .extracting(JsonNode::asText)
                    .contains("after");
        }
        assertThat(http.get("/api/v1/agent/queue?queue=complaints&after=" + cursor, agent)
                        .status())
                .isEqualTo(200);
    }

    private static long openCases(String queue) {
        return server.database().jdbi().withHandle(h -> h.createQuery(
                        """
                        select count(*) from cases
                         where status in ('NEW', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER') and (:queue = '' or queue = :queue)""")
                .bind("queue", queue)
                .mapTo(Long.class)
                .one());
    }

    private static JsonNode page(String queue, String where) {
        Response page = http.get("/api/v1/agent/queue?size=" + SIZE + "&queue=" + queue + where, agent);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json().get("items");
    }

    /** Every page from the first, each asked for with the cursor of the one before, until a page has no next. */
    private static List<JsonNode> walkByCursor(String queue) {
        List<JsonNode> pages = new ArrayList<>();
        Set<String> cursors = new HashSet<>();
        String after = null;
        do {
            Response page = http.get(
                    "/api/v1/agent/queue?size=" + SIZE + "&queue=" + queue + (after == null ? "" : "&after=" + after),
                    agent);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            pages.add(page.json());
            after = page.json().get("next").isNull()
                    ? null
                    : page.json().get("next").asText();
            assertThat(after == null || cursors.add(after))
                    .as("a cursor is never given out twice")
                    .isTrue();
        } while (after != null && pages.size() < 1_000);
        return pages;
    }

    private static long tiesAcrossPageBoundaries(List<JsonNode> pages) {
        long ties = 0;
        for (int i = 1; i < pages.size(); i++) {
            JsonNode before = pages.get(i - 1).get("items");
            if (before.get(before.size() - 1)
                    .get("dueAt")
                    .asText()
                    .equals(pages.get(i).at("/items/0/dueAt").asText())) {
                ties++;
            }
        }
        return ties;
    }
}

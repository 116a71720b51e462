package org.examdesk.admin.cases.bench;

import static org.examdesk.admin.testing.ArticlesFolder.articles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.IntFunction;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestServer;
import org.examdesk.knowledge.KnowledgeBase;
import org.examdesk.knowledge.KnowledgeConfig;

/**
 * The agent queue with 100,000 open cases: pages of 25, over all queues and one queue, first pages and deep
 * ones, by page number (OFFSET) and by cursor (keyset, {@code after=}), over real HTTP. Target: a page in under
 * 50 ms. Prints the figures.
 */
public final class AgentQueueBench {
    private AgentQueueBench() {}

    public static void main(String[] args) throws Exception {
        int open = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        try (KnowledgeBase knowledge = KnowledgeBase.open(new KnowledgeConfig(articles(), Map.of(), false));
                TestServer server = new TestServer().knowledge(knowledge).start()) {
            long started = System.nanoTime();
            fill(server, open);
            System.out.printf("Inserted %,d open cases in %d ms%n", open, (System.nanoTime() - started) / 1_000_000);
            TestHttp http = new TestHttp(server.base());
            String token = http.login("agent@examdesk.example", DemoData.PASSWORD);
            Random random = new Random(7);
            long[] sql = new long[300];
            for (int i = 0; i < sql.length; i++) {
                long start = System.nanoTime();
                server.database().jdbi().useHandle(h -> {
                    long[] agents = h
                            .createQuery("select c.* from cases c "
                                    + "where c.status in ('NEW', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER') order by c.due_at, c.id "
                                    + "limit 25 offset 0")
                            .mapToMap()
                            .stream()
                            .map(row -> (Long) row.get("assigned_agent_id"))
                            .filter(Objects::nonNull)
                            .distinct()
                            .mapToLong(Long::longValue)
                            .toArray();
                    if (agents.length > 0) { // the agents' names, as AgentNames reads them through StaffDao
                        h.createQuery("select id, first_name || ' ' || last_name from users where id = any(:ids)")
                                .bind("ids", agents)
                                .mapToMap()
                                .list();
                    }
                    h.createQuery(
                                    "select count(*) from (select 1 from cases c where c.status in ('NEW', 'IN_PROGRESS', "
                                            + "'WAITING_ON_CUSTOMER') limit 1001) x")
                            .mapTo(Long.class)
                            .one();
                });
                sql[i] = System.nanoTime() - start;
            }
            System.out.println(Percentiles.describe("SQL only (page + capped count, no HTTP)", sql));
            List<String> queues = List.of("", "centre-accounts", "complaints", "results-services");
            measure(
                    http,
                    token,
                    "first pages",
                    500,
                    i -> "?queue=" + queues.get(i % queues.size()) + "&page=1&size=25");
            measure(
                    http,
                    token,
                    "pages 1-40",
                    500,
                    i -> "?queue=" + queues.get(i % queues.size()) + "&page=" + (1 + random.nextInt(40)) + "&size=25");
            measure(
                    http,
                    token,
                    "deep pages (up to 4,000 pages in)",
                    200,
                    i -> "?page=" + (1 + random.nextInt(4_000)) + "&size=25");
            List<String> cursors = walk(http, token, "", 4_000);
            measure(
                    http,
                    token,
                    "deep pages by cursor (up to 4,000 pages in)",
                    200,
                    i -> "?size=25&after=" + cursors.get(random.nextInt(cursors.size())));
            List<String> complaints = walk(http, token, "complaints", 4_000);
            measure(
                    http,
                    token,
                    "deep pages by cursor, one queue (complaints)",
                    200,
                    i -> "?queue=complaints&size=25&after=" + complaints.get(random.nextInt(complaints.size())));
        }
    }

    private static void measure(TestHttp http, String token, String what, int n, IntFunction<String> query) {
        for (int i = 0; i < 50; i++) {
            get(http, token, query.apply(i));
        }
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            String q = query.apply(i);
            long start = System.nanoTime();
            get(http, token, q);
            nanos[i] = System.nanoTime() - start;
        }
        System.out.println(Percentiles.describe("GET /api/v1/agent/queue, " + what, nanos)
                + (Percentiles.p99Millis(nanos) < 50 ? "  PASS" : "  over 50 ms"));
    }

    /** Walks a queue from its first page by cursor, as the console's "next" does, and keeps each page's next. */
    private static List<String> walk(TestHttp http, String token, String queue, int pages) {
        List<String> cursors = new ArrayList<>();
        long start = System.nanoTime();
        String after = null;
        do {
            TestHttp.Response page = http.get(
                    "/api/v1/agent/queue?size=25&queue=" + queue + (after == null ? "" : "&after=" + after), token);
            if (page.status() != 200) {
                throw new IllegalStateException("queue failed: " + page.status() + " " + page.body());
            }
            after = page.json().get("next").isNull()
                    ? null
                    : page.json().get("next").asText();
            if (after != null) {
                cursors.add(after);
            }
        } while (after != null && cursors.size() < pages);
        System.out.printf(
                "Walked %,d pages of '%s' by cursor in %d ms%n",
                cursors.size() + 1, queue.isEmpty() ? "all queues" : queue, (System.nanoTime() - start) / 1_000_000);
        return cursors;
    }

    private static void get(TestHttp http, String token, String query) {
        TestHttp.Response response = http.get("/api/v1/agent/queue" + query, token);
        if (response.status() != 200) {
            throw new IllegalStateException("queue failed: " + response.status() + " " + response.body());
        }
    }

    private static void fill(TestServer server, int open) {
        server.database().jdbi().useHandle(h -> {
            h.execute(
                    """
                    insert into cases (number, requester_user_id, contact_name, contact_email, customer_type, issue_type,
                                       category, subcategory, qualification, qualification_subject, subject, description,
                                       support_option, status, queue, target_days, due_at, created_at, updated_at)
                    select (20000000 + g)::text, (select min(id) from users), 'Bench Contact', 'bench@example.org', 'centre',
                           'accounts-access', 'student-accounts', 'locked', 'gcse', 'mathematics', 'Bench case ' || g,
                           'Generated for the agent queue benchmark.', 'MESSAGE',
                           (array['NEW', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER'])[1 + g % 3],
                           (array['centre-accounts', 'results-services', 'learner-management', 'students-and-parents',
                                  'special-considerations', 'associates', 'complaints', 'general'])[1 + g % 8],
                           2, now() + (g % 20000) * interval '1 minute', now() - interval '1 day', now()
                      from generate_series(1, ?) g
                    on conflict (number) do nothing""",
                    open);
        });
        server.database().jdbi().useHandle(h -> {
            h.execute("vacuum analyze cases");
            h.createQuery("explain analyze select c.id from cases c "
                            + "where c.status in ('NEW', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER') and c.queue = 'complaints' "
                            + "order by c.due_at, c.id limit 25 offset 250")
                    .mapTo(String.class)
                    .list()
                    .forEach(line -> System.out.println("  " + line));
            System.out.println("The same queue by cursor, after the case due where bench case 20011999 is due:");
            h.createQuery("explain analyze select c.id from cases c "
                            + "where c.status in ('NEW', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER') and c.queue = 'complaints' "
                            + "and (c.due_at, c.id) > (select due_at, id from cases where number = '20011999') "
                            + "order by c.due_at, c.id limit 26")
                    .mapTo(String.class)
                    .list()
                    .forEach(line -> System.out.println("  " + line));
        });
    }
}

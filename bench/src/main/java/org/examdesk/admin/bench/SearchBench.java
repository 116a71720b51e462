package org.examdesk.admin.bench;

import static org.examdesk.admin.testing.ArticlesFolder.articles;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.examdesk.admin.accounts.Role;
import org.examdesk.admin.db.Database;
import org.examdesk.admin.testing.TestCallers;
import org.examdesk.admin.testing.TestDatabase;
import org.examdesk.admin.testing.TestServer;
import org.examdesk.knowledge.KnowledgeBase;
import org.examdesk.knowledge.KnowledgeConfig;
import org.jdbi.v3.core.Jdbi;

/**
 * Student search benchmark (a main class, not a test): 1,000,000 students over 3,000 centres in a fresh
 * database, then searches over HTTP through the admin API as exams officers of random centres, with a mix of
 * filters and sorts. Prints p50, p95 and p99 and the plan of a typical query. See the README for the command.
 */
public final class SearchBench {
    private static final int CENTRES = 3_000;
    private static final int STUDENTS = Integer.getInteger("bench.students", 1_000_000);
    private static final int WARMUP = 300;
    private static final int MEASURED = 3_000;
    private static final String[] QUERIES = {
        "surname=Sm",
        "status=LOCKED,FAILED_ACTIVATION",
        "forename=a&sort=-createdAt",
        "schoolYear=11&status=NOT_ACTIVATED",
        "page=3&size=50",
        "permission=noMock",
        "createdFrom=2026-09-10&sort=dob",
        "email=student123%40bench.example"
    };

    private SearchBench() {}

    public static void main(String[] args) throws Exception {
        Database db = TestDatabase.fresh();
        generate(db.jdbi());
        try (KnowledgeBase knowledge = KnowledgeBase.open(new KnowledgeConfig(articles(), Map.of(), false));
                TestServer server =
                        new TestServer().knowledge(knowledge).database(db).start()) {
            TestCallers callers = new TestCallers(db.jdbi());
            Random random = new Random(7);
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                tokens.add(callers.staff(Role.EXAMS_OFFICER, "C" + (1 + random.nextInt(CENTRES))));
            }
            HttpClient http = HttpClient.newHttpClient();
            long[] micros = new long[MEASURED];
            for (int i = 0; i < WARMUP + MEASURED; i++) {
                String query = QUERIES[i % QUERIES.length];
                HttpRequest request = HttpRequest.newBuilder(server.base().resolve("/api/v1/students?" + query))
                        .header("Authorization", "Bearer " + tokens.get(random.nextInt(tokens.size())))
                        .GET()
                        .build();
                long start = System.nanoTime();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                long took = (System.nanoTime() - start) / 1_000;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(query + " -> " + response.statusCode() + " " + response.body());
                }
                if (i >= WARMUP) {
                    micros[i - WARMUP] = took;
                }
            }
            Arrays.sort(micros);
            System.out.printf(
                    "student search over HTTP, %,d students / %,d centres, %d requests: p50 %.1f ms, "
                            + "p95 %.1f ms, p99 %.1f ms, max %.1f ms (%s)%n",
                    STUDENTS,
                    CENTRES,
                    MEASURED,
                    micros[MEASURED / 2] / 1000.0,
                    micros[MEASURED * 95 / 100] / 1000.0,
                    micros[MEASURED * 99 / 100] / 1000.0,
                    micros[MEASURED - 1] / 1000.0,
                    ImportBench.load());
            db.jdbi().useHandle(h -> h.createQuery("explain analyze select count(*) from students s join centre_refs c "
                            + "on c.id = s.centre_id where s.centre_id = 1500 and lower(s.surname) like 'sm%'")
                    .mapTo(String.class)
                    .forEach(line -> System.out.println("  plan: " + line)));
        }
    }

    private static void generate(Jdbi jdbi) {
        long start = System.nanoTime();
        jdbi.useHandle(h -> {
            h.execute(
                    "insert into centres (number, name) select 'C' || i, 'Centre ' || i from generate_series(1, ?) i",
                    CENTRES);
            h.execute(
                    """
                    insert into students (centre_id, forename, surname, uci, email, date_of_birth, school_year, status,
                                          mock_permission, high_stakes_permission, created_at, created_by)
                    select 1 + (i % ?),
                           (array['Amelia','Oliver','Isla','George','Ava','Noah','Mia','Arthur','Ivy','Leo'])[1 + (i * 7) % 10],
                           (array['Smith','Jones','Taylor','Brown','Williams','Wilson','Patel','Khan','Evans','Walker',
                                  'Smyth','Green'])[1 + (i * 13) % 12],
                           lpad(i::text, 12, '0') || 'S', 'student' || i || '@bench.example',
                           date '2008-09-01' + (i % 1400), 10 + (i % 4),
                           (array['ACTIVE','ACTIVE','ACTIVE','ACTIVE','ACTIVE','NOT_ACTIVATED','NOT_ACTIVATED',
                                  'FAILED_ACTIVATION','FORGOTTEN_PASSWORD','LOCKED'])[1 + (i * 31) % 10],
                           i % 20 <> 0, i % 25 <> 0, timestamptz '2026-09-01' + (i % 5000) * interval '5 minutes',
                           case when i % 2 = 0 then 'import' else 'export' end
                      from generate_series(1, ?) i""",
                    CENTRES, STUDENTS);
            h.execute("analyze");
        });
        System.out.printf(
                "generated %,d students over %,d centres in %d s (%s)%n",
                STUDENTS, CENTRES, (System.nanoTime() - start) / 1_000_000_000, ImportBench.load());
    }
}

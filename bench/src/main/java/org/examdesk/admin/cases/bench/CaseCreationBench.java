package org.examdesk.admin.cases.bench;

import static org.examdesk.admin.testing.ArticlesFolder.articles;

import java.util.Map;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestServer;
import org.examdesk.knowledge.KnowledgeBase;
import org.examdesk.knowledge.KnowledgeConfig;

/**
 * Case creation over real HTTP against the embedded PostgreSQL with demo data: validation, routing, due date,
 * number, activity, outbox and audit in one transaction. Target: p99 under 50 ms. Prints the figures.
 */
public final class CaseCreationBench {
    private static final String BODY =
            """
            {"customerType":"centre","issueType":"accounts-access","category":"student-accounts","subcategory":"locked",
             "qualification":"gcse","qualificationSubject":"mathematics","subject":"Student locked out",
             "description":"Sam cannot sign in after three tries.","supportOption":"MESSAGE",
             "contact":{"name":"Priya Shah","email":"priya@riverside.example","phone":"01632 960 000",
                        "country":"United Kingdom","language":"English","institution":"Riverside School"}}""";

    private CaseCreationBench() {}

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        try (KnowledgeBase knowledge = KnowledgeBase.open(new KnowledgeConfig(articles(), Map.of(), false));
                TestServer server = new TestServer().knowledge(knowledge).start()) {
            TestHttp http = new TestHttp(server.base());
            String token = http.login("officer@riverside.example", DemoData.PASSWORD);
            for (int i = 0; i < warmup; i++) {
                create(http, token);
            }
            long[] nanos = new long[measured];
            for (int i = 0; i < measured; i++) {
                long start = System.nanoTime();
                create(http, token);
                nanos[i] = System.nanoTime() - start;
            }
            System.out.println(Percentiles.describe("POST /api/v1/cases", nanos));
            System.out.println(
                    Percentiles.p99Millis(nanos) < 50 ? "PASS: p99 under 50 ms" : "FAIL: p99 not under 50 ms");
        }
    }

    private static void create(TestHttp http, String token) {
        TestHttp.Response response = http.post("/api/v1/cases", BODY, token);
        if (response.status() != 201) {
            throw new IllegalStateException("create failed: " + response.status() + " " + response.body());
        }
    }
}

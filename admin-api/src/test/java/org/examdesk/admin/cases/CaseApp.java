package org.examdesk.admin.cases;

import java.time.Clock;
import java.time.Duration;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestServer;
import org.examdesk.knowledge.KnowledgeBase;

/**
 * The admin API for the cases tests: a fresh database with demo data, the given clock, sessions that outlive
 * a clock moved on by weeks, and a request limit that lets a 10 MB + 1 byte attachment reach the rules.
 */
public final class CaseApp implements AutoCloseable {
    final KnowledgeBase knowledge = CaseFixtures.knowledge();
    public final TestServer server;
    public final TestHttp http;

    public CaseApp(Clock clock) {
        server = new TestServer(clock, knowledge, Duration.ofDays(60), 12L * 1024 * 1024);
        http = new TestHttp(server.base());
    }

    @Override
    public void close() {
        server.close();
        knowledge.close();
    }
}

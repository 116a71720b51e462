package org.examdesk.admin.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.examdesk.knowledge.KnowledgeBase;
import org.examdesk.knowledge.KnowledgeConfig;
import org.jdbi.v3.core.Jdbi;

/**
 * What most admin-API integration tests start with: the article index, the admin API on a fresh demo database,
 * an HTTP client to it and a way to make signed-in callers. Close it in {@code @AfterAll}.
 */
public final class ApiFixture implements AutoCloseable {
    private final KnowledgeBase knowledge;
    private final TestServer server;
    private final TestHttp http;
    private final TestCallers callers;

    private ApiFixture(KnowledgeBase knowledge, TestServer server) {
        this.knowledge = knowledge;
        this.server = server;
        this.http = new TestHttp(server.base());
        this.callers = new TestCallers(server.database().jdbi());
    }

    public static ApiFixture start() {
        return start(Clock.systemUTC());
    }

    public static ApiFixture start(Clock clock) {
        KnowledgeBase knowledge;
        try {
            knowledge = KnowledgeBase.open(new KnowledgeConfig(Path.of("../articles"), Map.of(), false));
        } catch (Exception e) {
            throw new IllegalStateException("The articles cannot be indexed", e);
        }
        return new ApiFixture(knowledge, new TestServer(clock, knowledge));
    }

    public TestServer server() {
        return server;
    }

    public TestHttp http() {
        return http;
    }

    public Jdbi jdbi() {
        return server.database().jdbi();
    }

    public TestCallers callers() {
        return callers;
    }

    @Override
    public void close() {
        server.close();
        knowledge.close();
    }
}

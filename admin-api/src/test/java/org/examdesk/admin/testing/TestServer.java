package org.examdesk.admin.testing;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.examdesk.admin.AdminApi;
import org.examdesk.admin.db.Database;
import org.examdesk.admin.web.ErrorHandlers;
import org.examdesk.admin.web.Json;
import org.examdesk.admin.web.RequestIds;
import org.examdesk.knowledge.KnowledgeBase;

/** The admin API alone on a real HTTP server on a random port, over a fresh database with demo data. */
public final class TestServer implements AutoCloseable {
    private final Database database;
    private final Javalin server;
    private final AdminApi api;

    public TestServer(Clock clock, KnowledgeBase knowledge) {
        this(clock, knowledge, Duration.ofHours(1), 1024 * 1024);
    }

    /** The admin API over a database the caller prepared (benchmarks). */
    public TestServer(Clock clock, KnowledgeBase knowledge, Database database) {
        this(clock, knowledge, database, Duration.ofHours(1), 1024 * 1024);
    }

    /** With a session lifetime (long, for tests that move a clock on by days) and a request-size limit. */
    public TestServer(Clock clock, KnowledgeBase knowledge, Duration sessionTtl, long maxRequestSize) {
        this(clock, knowledge, TestDatabase.freshWithDemo(), sessionTtl, maxRequestSize);
    }

    private TestServer(Clock clock, KnowledgeBase knowledge, Database database, Duration sessionTtl,
                       long maxRequestSize) {
        this.database = database;
        this.api = new AdminApi(database.jdbi(), clock, Json.mapper(), knowledge, new AdminApi.Settings(sessionTtl));
        RequestIds ids = new RequestIds();
        this.server = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.http.maxRequestSize = maxRequestSize;
            cfg.jsonMapper(new JavalinJackson(Json.mapper(), false));
            ErrorHandlers.install(cfg);
            cfg.routes.before(ids::assign);
            api.routes(cfg);
        }).start("127.0.0.1", 0);
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.port() + "/");
    }

    public Database database() {
        return database;
    }

    /** The Javalin server, for tests that look at the registered routes. */
    public Javalin javalin() {
        return server;
    }

    public AdminApi api() {
        return api;
    }

    @Override
    public void close() {
        server.stop();
        api.cases().close();
        database.close();
    }
}

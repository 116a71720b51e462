package org.examdesk.admin.testing;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.examdesk.admin.AdminApi;
import org.examdesk.admin.db.Database;
import org.examdesk.admin.web.ErrorHandlers;
import org.examdesk.admin.web.Json;
import org.examdesk.admin.web.JsonBodies;
import org.examdesk.admin.web.RequestIds;
import org.examdesk.knowledge.KnowledgeBase;
import org.examdesk.knowledge.KnowledgeConfig;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The admin-API test harness: the admin API alone on a real HTTP server on a random port, over a fresh database
 * with demo data and the articles index, with an HTTP client to it and a way to make signed-in callers.
 *
 * <p>Started at once ({@code new TestServer().start()}, or {@code new TestServer().clock(c).start()} with options)
 * and closed in {@code @AfterAll}, or registered as an extension that starts before the class's {@code @BeforeAll}
 * methods and closes after its last test: {@code @RegisterExtension static final TestServer api = new
 * TestServer().clock(c);}. A knowledge base or database passed in (two nodes over one database) is used as it
 * is; the database is closed with the server, a knowledge base passed in is left to its owner.
 */
public final class TestServer implements AutoCloseable, BeforeAllCallback, AfterAllCallback {
    private Clock clock = Clock.systemUTC();
    private KnowledgeBase givenKnowledge;
    private Database givenDatabase;
    private Duration sessionTtl = Duration.ofHours(1);
    private long maxRequestSize = 1024 * 1024;
    private AdminApi.Settings settings;

    private KnowledgeBase knowledge;
    private Database database;
    private AdminApi api;
    private Javalin server;
    private TestHttp http;
    private TestCallers callers;

    public TestServer clock(Clock value) {
        unstarted().clock = value;
        return this;
    }

    /** Serves this knowledge base (left open on close) instead of indexing the articles folder. */
    public TestServer knowledge(KnowledgeBase value) {
        unstarted().givenKnowledge = value;
        return this;
    }

    /** Runs over a database the caller prepared (a second node, benchmarks) instead of a fresh demo one. */
    public TestServer database(Database value) {
        unstarted().givenDatabase = value;
        return this;
    }

    /** How long a session lives (long, for tests that move a clock on by days). */
    public TestServer sessionTtl(Duration value) {
        unstarted().sessionTtl = value;
        return this;
    }

    /**
     * The admin API's settings as a deployment gives them (a benchmark builds them from its environment, as the
     * product does), instead of the defaults with {@link #sessionTtl}.
     */
    public TestServer settings(AdminApi.Settings value) {
        unstarted().settings = value;
        return this;
    }

    /** The largest request body the server reads. */
    public TestServer maxRequestSize(long bytes) {
        unstarted().maxRequestSize = bytes;
        return this;
    }

    public TestServer start() {
        unstarted();
        knowledge = givenKnowledge != null ? givenKnowledge : articles();
        database = givenDatabase != null ? givenDatabase : TestDatabase.freshWithDemo();
        api = new AdminApi(
                database.jdbi(),
                clock,
                Json.mapper(),
                knowledge,
                settings != null ? settings : new AdminApi.Settings(sessionTtl));
        RequestIds ids = new RequestIds();
        server = Javalin.create(cfg -> {
                    cfg.startup.showJavalinBanner = false;
                    cfg.http.maxRequestSize = maxRequestSize;
                    cfg.jsonMapper(new JsonBodies(Json.mapper()));
                    ErrorHandlers.install(cfg);
                    cfg.routes.before(ids::assign);
                    api.routes(cfg);
                })
                .start("127.0.0.1", 0);
        http = new TestHttp(base());
        callers = new TestCallers(database.jdbi());
        return this;
    }

    /** The articles of the repository, indexed (from a module folder or the repository root). */
    public static KnowledgeBase articles() {
        try {
            return KnowledgeBase.open(new KnowledgeConfig(ArticlesFolder.articles(), Map.of(), false));
        } catch (IOException e) {
            throw new UncheckedIOException("The articles cannot be indexed", e);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + started().server.port() + "/");
    }

    public TestHttp http() {
        return started().http;
    }

    public TestCallers callers() {
        return started().callers;
    }

    public Database database() {
        return started().database;
    }

    public Jdbi jdbi() {
        return database().jdbi();
    }

    public AdminApi api() {
        return started().api;
    }

    public KnowledgeBase knowledgeBase() {
        return started().knowledge;
    }

    /** The Javalin server, for tests that look at the registered routes. */
    public Javalin javalin() {
        return started().server;
    }

    @Override
    public void close() {
        if (server == null) {
            return;
        }
        server.stop();
        api.cases().close();
        database.close();
        if (givenKnowledge == null) {
            knowledge.close();
        }
        server = null;
    }

    private TestServer unstarted() {
        if (server != null) {
            throw new IllegalStateException("Set the test server's options before it starts.");
        }
        return this;
    }

    private TestServer started() {
        if (server == null) {
            throw new IllegalStateException("The test server is not running.");
        }
        return this;
    }
}

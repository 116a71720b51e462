package org.examdesk.bot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.ArticlesFolder;
import org.examdesk.admin.testing.TestDatabase;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.bot.channels.slack.FakeSlack;
import org.examdesk.bot.platform.AppConfig;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The bot-level test harness: the whole application (admin API, bot, channels) on a random port over a fresh
 * database cloned from the demo template, serving the repository's articles, configured from an environment as
 * {@code Main} is, with an HTTP client.
 *
 * <p>Options before it starts: more environment ({@link #env}), another node's database ({@link #database}), and
 * Slack on against a {@link FakeSlack} ({@link #slack()}). Started at once ({@code new TestApp().start()}, closed
 * by the test), or registered as an extension that starts before the class's {@code @BeforeAll} methods and closes
 * after its last test: {@code @RegisterExtension static final TestApp session = new TestApp();}.
 */
public final class TestApp implements AutoCloseable, BeforeAllCallback, AfterAllCallback {
    private final Map<String, String> env = new HashMap<>();
    private boolean withSlack;
    private String databaseUrl;
    private Clock clock = Clock.systemUTC();

    private FakeSlack slack;
    private ExamDesk app;
    private TestHttp http;

    /** Adds one variable to the environment the app is configured from. */
    public TestApp env(String name, String value) {
        unstarted().env.put(name, value);
        return this;
    }

    /** Adds these variables to the environment the app is configured from. */
    public TestApp env(Map<String, String> more) {
        unstarted().env.putAll(more);
        return this;
    }

    /** Runs over this database (another node's, from {@link TestDatabase#freshDemoUrl()}) instead of a new one. */
    public TestApp database(String jdbcUrl) {
        unstarted().databaseUrl = jdbcUrl;
        return this;
    }

    /** Runs with this clock (the engine's and the admin API's) instead of the system's. */
    public TestApp clock(Clock value) {
        unstarted().clock = value;
        return this;
    }

    /** Turns Slack on, pointed at a {@link FakeSlack} started with the app, with 4 background workers. */
    public TestApp slack() {
        unstarted().withSlack = true;
        return this;
    }

    public TestApp start() {
        unstarted();
        Map<String, String> all = new HashMap<>();
        all.put("DATABASE_URL", databaseUrl != null ? databaseUrl : TestDatabase.freshDemoUrl());
        all.put("DATABASE_USER", "postgres");
        all.put("PORT", "0");
        all.put("EXAMDESK_ARTICLES_DIR", ArticlesFolder.articles().toString());
        all.put("EXAMDESK_WATCH_ARTICLES", "false");
        all.put("EXAMDESK_DEMO", "false");
        all.put("DATABASE_POOL_SIZE", "4");
        if (withSlack) {
            slack = new FakeSlack();
            all.putAll(slack.appEnv());
            all.put("SLACK_WORKERS", "4");
        }
        all.putAll(env);
        try {
            app = ExamDesk.start(AppConfig.fromEnv(all), clock);
        } catch (IOException | RuntimeException e) {
            if (slack != null) {
                slack.close();
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        http = new TestHttp(base());
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    public ExamDesk app() {
        return started().app;
    }

    public int port() {
        return started().app.port();
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    public TestHttp http() {
        return started().http;
    }

    /** The fake Slack the app talks to; only with {@link #slack()}. */
    public FakeSlack fakeSlack() {
        if (started().slack == null) {
            throw new IllegalStateException("This app runs without Slack: start it with slack().");
        }
        return slack;
    }

    /** Signs in as a demo user (demo password) and answers the session token. */
    public String login(String username) {
        return http().login(username, DemoData.PASSWORD);
    }

    @Override
    public void close() {
        if (app == null) {
            return;
        }
        app.close();
        if (slack != null) {
            slack.close();
        }
        app = null;
    }

    private TestApp unstarted() {
        if (app != null) {
            throw new IllegalStateException("Set the test app's options before it starts.");
        }
        return this;
    }

    private TestApp started() {
        if (app == null) {
            throw new IllegalStateException("The test app is not running.");
        }
        return this;
    }
}

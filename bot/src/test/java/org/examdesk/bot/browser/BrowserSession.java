package org.examdesk.bot.browser;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.examdesk.admin.db.Database;
import org.examdesk.admin.testing.TestCallers;
import org.examdesk.admin.testing.TestDatabase;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.bot.TestApp;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The browser-test harness, one JUnit extension per class ({@code @RegisterExtension static final BrowserSession
 * browser = new BrowserSession("chat")}): Chromium and the whole app ({@link TestApp}) started before the class's
 * first test (the class is skipped without Chromium) and closed after its last, with an HTTP client to check what
 * the page did, and the server's transcript of a conversation ({@link #transcript}). Each page a test opened is kept
 * as a screenshot named after its prefix and the test, then closed.
 */
final class BrowserSession implements BeforeAllCallback, AfterAllCallback, AfterEachCallback {
    private final String prefix;
    private final boolean screenshots;
    private final Clock clock;
    private final List<Opened> opened = new ArrayList<>();
    /** What the browser refused to run or show because of a page's Content-Security-Policy, in this test. */
    private final List<String> refusedByPolicy = new CopyOnWriteArrayList<>();

    private Chromium chromium;
    private TestApp app;
    private String databaseUrl;
    /** The bot's kind of token, made straight in the database the first time a test reads a transcript. */
    private String serviceToken;

    private record Opened(Page page, String prefix) {}

    /** Keeps each test's pages as screenshots named {@code prefix-test}. */
    BrowserSession(String prefix) {
        this(prefix, true, Clock.systemUTC());
    }

    /** The same, the app running on {@code clock} (the admin API's and the engine's), which the test may move. */
    BrowserSession(String prefix, Clock clock) {
        this(prefix, true, clock);
    }

    private BrowserSession(String prefix, boolean screenshots, Clock clock) {
        this.prefix = prefix;
        this.screenshots = screenshots;
        this.clock = clock;
    }

    /** Closes each test's pages without keeping screenshots. */
    static BrowserSession withoutScreenshots() {
        return new BrowserSession("", false, Clock.systemUTC());
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        chromium = Chromium.launch();
        try {
            // the widget test's school site is served as http://localhost:<port>, an origin of its own
            databaseUrl = TestDatabase.freshDemoUrl();
            app = new TestApp()
                    .database(databaseUrl)
                    .env("EXAMDESK_WIDGET_ORIGINS", "http://localhost:*")
                    .clock(clock)
                    .start();
        } catch (RuntimeException e) {
            chromium.close();
            chromium = null;
            throw e;
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        String test = context.getRequiredTestMethod().getName();
        for (Opened o : opened) {
            if (screenshots) {
                Chromium.screenshot(o.page(), o.prefix() + "-" + test);
            }
            o.page().context().close();
        }
        opened.clear();
        List<String> refused = List.copyOf(refusedByPolicy);
        refusedByPolicy.clear();
        if (!refused.isEmpty()) {
            throw new AssertionError("The browser refused something under the Content-Security-Policy: " + refused);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (app != null) {
            app.close();
        }
        if (chromium != null) {
            chromium.close();
        }
    }

    /** A new page 1280 px wide, kept for this test's screenshot. */
    Page page() {
        return keep(chromium.page(), prefix);
    }

    /** A new page {@code width} px wide, kept for this test's screenshot. */
    Page page(int width) {
        return keep(chromium.page(width), prefix);
    }

    /** A new page 1280 px wide whose screenshot is named with {@code pagePrefix} (tests with two pages). */
    Page page(String pagePrefix) {
        return keep(chromium.page(), pagePrefix);
    }

    /** The same, {@code width} px wide. */
    Page page(String pagePrefix, int width) {
        return keep(chromium.page(width), pagePrefix);
    }

    private Page keep(Page page, String pagePrefix) {
        opened.add(new Opened(page, pagePrefix));
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                refusedByPolicy.add(message.text());
            }
        });
        return page;
    }

    /** Forgets what the browser refused so far: for a test that expects a refusal. */
    List<String> takeRefusals() {
        List<String> refused = List.copyOf(refusedByPolicy);
        refusedByPolicy.clear();
        return refused;
    }

    URI base() {
        return app.base();
    }

    TestHttp http() {
        return app.http();
    }

    /**
     * What the server keeps of a conversation (each turn's message and replies), as JSON text, read with a service
     * token as the bot reads it: what would be there for anyone who later looks at the conversation.
     */
    String transcript(String conversationId) {
        TestHttp.Response kept = app.http().get("/api/v1/conversations/" + conversationId + "/messages", service());
        if (kept.status() != 200) {
            throw new AssertionError("no transcript for conversation " + conversationId + ": " + kept.status());
        }
        return kept.body();
    }

    private String service() {
        if (serviceToken == null) {
            try (Database database = Database.connect(databaseUrl, "postgres", null, 1)) {
                serviceToken = new TestCallers(database.jdbi()).service();
            }
        }
        return serviceToken;
    }
}

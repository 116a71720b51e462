package org.examdesk.bot.browser;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
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
 * the page did. Each page a test opened is kept as a screenshot named after its prefix and the test, then closed.
 */
final class BrowserSession implements BeforeAllCallback, AfterAllCallback, AfterEachCallback {
    private final String prefix;
    private final boolean screenshots;
    private final List<Opened> opened = new ArrayList<>();
    private Chromium chromium;
    private TestApp app;

    private record Opened(Page page, String prefix) {}

    /** Keeps each test's pages as screenshots named {@code prefix-test}. */
    BrowserSession(String prefix) {
        this(prefix, true);
    }

    private BrowserSession(String prefix, boolean screenshots) {
        this.prefix = prefix;
        this.screenshots = screenshots;
    }

    /** Closes each test's pages without keeping screenshots. */
    static BrowserSession withoutScreenshots() {
        return new BrowserSession("", false);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        chromium = Chromium.launch();
        try {
            app = new TestApp().start();
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
        return page;
    }

    URI base() {
        return app.base();
    }

    TestHttp http() {
        return app.http();
    }
}

package org.examdesk.bot.browser;

import com.microsoft.playwright.Page;
import java.net.URI;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.bot.ExamDesk;
import org.examdesk.bot.TestApp;
import org.junit.jupiter.api.TestInfo;

/**
 * What a browser test class needs, started once per class: Chromium, the whole app on a random port over a fresh
 * demo database, and an HTTP client to check what the page did.
 */
final class BrowserRig implements AutoCloseable {
    private final Chromium chromium;
    private final ExamDesk app;
    final URI base;
    final TestHttp http;

    private BrowserRig(Chromium chromium, ExamDesk app) {
        this.chromium = chromium;
        this.app = app;
        this.base = TestApp.base(app);
        this.http = new TestHttp(base);
    }

    /** Starts both, or skips the test class when Chromium is not installed. */
    static BrowserRig start() {
        Chromium chromium = Chromium.launch();
        try {
            return new BrowserRig(chromium, TestApp.start());
        } catch (RuntimeException e) {
            chromium.close();
            throw e;
        }
    }

    Page page() {
        return chromium.page();
    }

    Page page(int width) {
        return chromium.page(width);
    }

    /** Keeps a screenshot named after the test, then closes the page's context. */
    static void finish(Page page, String prefix, TestInfo test) {
        finish(page, prefix, test.getTestMethod().orElseThrow().getName());
    }

    static void finish(Page page, String prefix, String testName) {
        if (page != null) {
            Chromium.screenshot(page, prefix + "-" + testName);
            page.context().close();
        }
    }

    @Override
    public void close() {
        app.close();
        chromium.close();
    }
}

package org.examdesk.bot.browser;

import com.microsoft.playwright.Page;
import java.net.URI;
import org.examdesk.admin.testing.TestHttp;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A browser test class's set-up as one JUnit extension ({@code @RegisterExtension static final BrowserSession
 * browser = new BrowserSession("chat")}): the {@link BrowserRig} started before the class's first test (the class
 * is skipped without Chromium) and closed after its last; the page each test opened is kept as a screenshot named
 * after the test and closed.
 */
final class BrowserSession implements BeforeAllCallback, AfterAllCallback, AfterEachCallback {
    private final String prefix;
    private BrowserRig rig;
    private Page page;

    BrowserSession(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        rig = BrowserRig.start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        BrowserRig.finish(page, prefix, context.getRequiredTestMethod().getName());
        page = null;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (rig != null) {
            rig.close();
        }
    }

    /** A new page 1280 px wide, kept for this test's screenshot. */
    Page page() {
        page = rig.page();
        return page;
    }

    /** A new page {@code width} px wide, kept for this test's screenshot. */
    Page page(int width) {
        page = rig.page(width);
        return page;
    }

    URI base() {
        return rig.base;
    }

    TestHttp http() {
        return rig.http;
    }
}

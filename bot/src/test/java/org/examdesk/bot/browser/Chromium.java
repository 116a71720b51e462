package org.examdesk.bot.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The system Chromium driven by Playwright: one browser per test class, a fresh context (cookies, storage) per
 * page. Playwright is told never to download a browser; without {@code /usr/bin/chromium} the tests are skipped
 * with a message saying how to enable them.
 */
final class Chromium implements AutoCloseable {
    static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");
    static final int PHONE_WIDTH = 360;
    private static final List<String> ARGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Launches Chromium, or skips the calling test class when it is not installed. */
    static Chromium launch() {
        Assumptions.assumeTrue(
                Files.isExecutable(EXECUTABLE),
                "Browser tests skipped: " + EXECUTABLE + " is missing. Enable them with: apt-get install -y chromium");
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(EXECUTABLE)
                            .setHeadless(true)
                            .setArgs(ARGS));
            return new Chromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /**
     * A page in a fresh context, {@code width} CSS pixels wide, that waits at most 10 s for anything; in British
     * English and London time, as the people ExamDesk serves see it, whatever the machine's own zone.
     */
    Page page(int width) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, width <= PHONE_WIDTH ? 740 : 900)
                .setLocale("en-GB")
                .setTimezoneId("Europe/London")
                .setAcceptDownloads(true));
        context.setDefaultTimeout(10_000);
        return context.newPage();
    }

    Page page() {
        return page(1280);
    }

    /** Keeps a full-page screenshot as test output under {@code bot/target/screenshots}. */
    static void screenshot(Page page, String name) {
        Path dir = Paths.get(System.getProperty("examdesk.screenshots", "target/screenshots"));
        page.screenshot(
                new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}

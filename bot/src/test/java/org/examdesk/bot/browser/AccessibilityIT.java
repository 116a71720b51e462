package org.examdesk.bot.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** axe-core (WCAG 2.1 A/AA and best practice) over each page as people see it, on a desktop and a 360 px phone. */
class AccessibilityIT {
    private static final Logger log = LoggerFactory.getLogger(AccessibilityIT.class);

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.withoutScreenshots();

    private Page page;

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1280, Chromium.PHONE_WIDTH})
    void the_chat_with_an_answer_buttons_and_the_sign_in_panel_has_no_serious_violations(int width) {
        page = browser.page(width);
        ChatPage chat = ChatPage.open(page, browser.base());
        chat.say("student locked out of results");
        assertThat(page.locator("#log article.card").last()).isVisible();
        page.locator("#account-toggle").click();

        scan("chat", width);
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1280, Chromium.PHONE_WIDTH})
    void the_help_centre_with_results_and_open_suggestions_has_no_serious_violations(int width) {
        page = browser.page(width);
        page.navigate(browser.base().resolve("/help?q=locked").toString());
        assertThat(page.locator("#results .result mark").first()).isVisible();
        page.locator("#q").fill("");
        page.locator("#q").pressSequentially("reactiv");
        assertThat(page.locator("#suggestions [role=option]").first()).isVisible();

        scan("help", width);
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1280, Chromium.PHONE_WIDTH})
    void an_article_page_with_its_feedback_form_has_no_serious_violations(int width) {
        page = browser.page(width);
        page.navigate(browser.base().resolve("/help/student-account-statuses").toString());
        assertThat(page.locator("#article")).isVisible();
        page.locator("#helpful-yes").click();

        scan("article", width);
    }

    private void scan(String name, int width) {
        Chromium.screenshot(page, "axe-" + name + "-" + width);
        List<Axe.Violation> all = Axe.scan(page);
        log.info("axe {} at {} px: {} violations in all {}", name, width, all.size(), all);
        assertThat(Axe.seriousOrCritical(all))
                .as("serious or critical axe violations on " + name)
                .isEmpty();
        Object scrollWidth = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) scrollWidth).intValue()).as("page width").isLessThanOrEqualTo(width);
    }
}

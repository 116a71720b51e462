package org.examdesk.bot.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HelpCentreIT {
    @RegisterExtension
    static final BrowserSession browser = new BrowserSession("help");

    private Page page;

    private Locator searchBox() {
        return page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Search the help articles"));
    }

    @Test
    void typeahead_offers_titles_with_date_and_views_and_the_keyboard_opens_one() {
        page = browser.page();
        page.navigate(browser.base().resolve("/help").toString());

        searchBox().pressSequentially("reactiv");
        Locator options = page.getByRole(AriaRole.OPTION);
        assertThat(options.first()).isVisible();
        assertThat(searchBox()).hasAttribute("aria-expanded", "true");
        assertThat(options.first()).containsText("Updated");
        assertThat(options.first()).containsText("views");
        String title = options.first().locator(".suggestion-title").textContent();
        Chromium.screenshot(page, "help-typeahead-open");

        searchBox().press("ArrowDown");
        assertThat(options.first()).hasAttribute("aria-selected", "true");
        searchBox().press("Enter");

        assertThat(page).hasURL(Pattern.compile(".*/help/[a-z0-9-]+$"));
        assertThat(page.locator("h1")).hasText(title);
    }

    @Test
    void a_search_shows_highlighted_results_and_a_filter_with_no_match_empties_them() {
        page = browser.page();
        page.navigate(browser.base().resolve("/help").toString());
        assertThat(page.locator("#results-title")).hasText("Most viewed articles");
        assertThat(page.locator("#results .result").first()).isVisible();
        assertThat(page.locator("#results")).not().containsText("&#x27;"); // summaries are not escaped twice

        searchBox().fill("verification link expired");
        searchBox().press("Enter");

        assertThat(page.locator("#results-title")).containsText("verification link expired");
        assertThat(page.locator("#results .result mark").first()).isVisible();
        String unfiltered = page.locator("#results-status").textContent();
        page.getByLabel("Role").selectOption("student");
        assertThat(page.locator("#results-status")).hasText(Pattern.compile("^\\d+ articles?$"));
        assertThat(page.locator("#results-status")).not().hasText(unfiltered);
        assertThat(page).hasURL(Pattern.compile(".*role=student.*"));
        page.getByLabel("Topic").selectOption("bookings");
        assertThat(page.locator("#results-status")).containsText("No articles match");
        assertThat(page.locator("#results .result")).hasCount(0);
    }

    @Test
    void html_typed_into_the_search_is_shown_as_text() {
        page = browser.page();
        List<String> dialogs = new CopyOnWriteArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        page.navigate(browser.base().resolve("/help").toString());

        searchBox().fill("<img src=x onerror=alert(1)>");
        searchBox().press("Enter");

        assertThat(page.locator("#results-title")).containsText("<img src=x onerror=alert(1)>");
        assertThat(page.locator("main img")).hasCount(0);
        assertThat(dialogs).isEmpty();
    }

    @Test
    void the_article_page_shows_roles_and_topics_counts_a_view_and_takes_feedback() {
        page = browser.page();
        page.navigate(browser.base().resolve("/help/reactivate-locked-account").toString());

        assertThat(page.locator("h1")).hasText("Reactivate a locked student account");
        assertThat(page.locator("#roles")).containsText("Exams officer");
        assertThat(page.locator("#topics")).containsText("Student accounts");
        page.waitForCondition(() -> views("reactivate-locked-account") == 1);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("No"))
                .click();
        page.getByLabel("Anything to add? (optional)").fill("I could not find the Reactivate button");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send feedback"))
                .click();

        assertThat(page.locator("#feedback-status")).hasText("Thank you for your feedback.");
        JsonNode article = browser.http()
                .get("/api/v1/articles/reactivate-locked-account", null)
                .json();
        assertThat(article.get("notHelpful").asLong()).isEqualTo(1);
    }

    @Test
    void an_unknown_article_says_so_and_links_back_to_search() {
        page = browser.page();
        page.navigate(browser.base().resolve("/help/no-such-article").toString());

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("There is no such article");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Search the help centre")))
                .isVisible();
    }

    private static long views(String id) {
        return browser.http()
                .get("/api/v1/articles/" + id, null)
                .json()
                .get("views")
                .asLong();
    }
}

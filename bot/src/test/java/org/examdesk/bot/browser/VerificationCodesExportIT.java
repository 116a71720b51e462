package org.examdesk.bot.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.List;
import org.examdesk.admin.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Verification codes in the browser: asked about in the chat, exported from the panel straight to a file, and never
 * in the conversation.
 */
class VerificationCodesExportIT {
    private static final String OFFICER = "officer@riverside.example";

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession("codes");

    @Test
    void an_officer_asks_how_then_exports_the_codes_of_a_series_to_a_file_that_never_enters_the_chat()
            throws Exception {
        Page page = browser.page();
        ChatPage chat = ChatPage.open(page, browser.base()).signInAsStaff(OFFICER, DemoData.PASSWORD);
        // a question: answered with the article (a request would go straight to the chat's own export)
        chat.say("how do I export the verification codes for june?");
        // the task's article is among the cards that go with the answer
        assertThat(chat.botMessages()
                        .filter(new Locator.FilterOptions()
                                .setHasText("Register students by exporting verification codes (opens in a new tab)")))
                .hasCount(1);
        // and, a question about a task the chat can do, the offer to do it
        assertThat(page.getByRole(
                        AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Export verification codes now")))
                .isVisible();
        page.locator("#codes summary").click();
        page.getByLabel("Series (for example june-2026)").fill("june-2026");
        Page.GetByRoleOptions exportButton =
                new Page.GetByRoleOptions().setName("Create accounts and download the codes");

        page.getByRole(AriaRole.BUTTON, exportButton).click();
        assertThat(page.locator("#codes-error")).hasText("Tick the box to accept responsibility for the codes.");
        page.getByLabel("I accept responsibility for storing and handing out the codes securely.")
                .check();
        Download download = page.waitForDownload(
                () -> page.getByRole(AriaRole.BUTTON, exportButton).click());

        List<String> lines = Files.readAllLines(download.path());
        assertThat(download.suggestedFilename()).isEqualTo("verification-codes-june-2026.csv");
        assertThat(lines.get(0)).contains("Forename", "Surname", "UCI", "Verification code", "Activation URL");
        assertThat(lines).hasSizeGreaterThan(1);
        String firstCode = lines.get(1).split(",")[3];
        assertThat(page.locator("#log")).containsText("were downloaded as verification-codes-june-2026.csv");
        assertThat(page.locator("#log").textContent()).doesNotContain(firstCode);
    }

    @Test
    void a_series_with_no_entries_is_explained_in_the_panel() {
        Page page = browser.page();
        ChatPage.open(page, browser.base()).signInAsStaff(OFFICER, DemoData.PASSWORD);
        page.locator("#codes summary").click();
        page.getByLabel("Series (for example june-2026)").fill("june-2031");
        page.getByLabel("I accept responsibility for storing and handing out the codes securely.")
                .check();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create accounts and download the codes"))
                .click();

        assertThat(page.locator("#codes-error")).containsText("no exam entries for the series 'june-2031'");
    }
}

package org.examdesk.bot.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;

/** The agent console (/agent) as an agent uses it: what the tests do, in their words. */
final class AgentConsole {
    private final Page page;

    private AgentConsole(Page page) {
        this.page = page;
    }

    /** Opens /agent and signs in; returns once the first page of the queue is shown. */
    static AgentConsole signIn(Page page, URI base, String username, String password) {
        return signIn(page, base, "/agent", username, password);
    }

    /** Opens {@code path} (e.g. a link to one case, {@code /agent#case=12345678}) and signs in. */
    static AgentConsole signIn(Page page, URI base, String path, String username, String password) {
        page.navigate(base.resolve(path).toString());
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        AgentConsole console = new AgentConsole(page);
        assertThat(console.pageInfo()).containsText("Page 1 of");
        assertThat(page.locator("#signin")).isHidden();
        return console;
    }

    Page page() {
        return page;
    }

    Locator rows() {
        return page.locator("#case-rows tr");
    }

    Locator row(String number) {
        return page.locator("#case-rows tr[data-number='" + number + "']");
    }

    Locator pageInfo() {
        return page.locator("#page-info");
    }

    /** Presses "Next" until the case's row is shown, at most {@code pages} times; the row, found or not. */
    Locator turnPagesUntil(String number, int pages) {
        for (int i = 0;
                i < pages && row(number).count() == 0 && page.locator("#next").isEnabled();
                i++) {
            String shown = pageInfo().textContent();
            page.locator("#next").click();
            assertThat(pageInfo()).not().hasText(shown); // the next page is drawn
        }
        return row(number);
    }

    /** Opens a case from its row with the case-number button, as a keyboard or screen reader user would. */
    Locator open(String number) {
        row(number).getByRole(AriaRole.BUTTON).click();
        Locator detail = detail();
        assertThat(detail.locator("h2")).containsText("Case " + number);
        return detail;
    }

    Locator detail() {
        return page.locator("#detail");
    }

    /** The value of one field of the open case ("Status", "Agent", "Target"...). */
    Locator field(String name) {
        return detail().locator("xpath=.//dt[normalize-space()='" + name + "']/following-sibling::dd[1]");
    }

    Download downloadAttachment(String fileName) {
        return page.waitForDownload(() -> detail().getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(fileName).setExact(true))
                .click());
    }

    AgentConsole press(String button) {
        detail().getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(button).setExact(true))
                .click();
        return this;
    }

    AgentConsole reply(String text) {
        detail().getByLabel("Reply to the requester").fill(text);
        return press("Send reply");
    }

    AgentConsole changeStatus(String status) {
        detail().getByLabel("New status").selectOption(status);
        return press("Change status");
    }

    AgentConsole showReports() {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Reports").setExact(true))
                .click();
        assertThat(page.locator("#report-body figure.chart").first()).isVisible();
        assertThat(page.locator("#queues")).isHidden();
        return this;
    }
}

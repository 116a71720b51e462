package org.examdesk.bot.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.net.URI;
import java.util.Map;
import java.util.regex.Pattern;

/** The web chat as a person uses it: what the tests do, in their words. */
final class ChatPage {
    private final Page page;

    ChatPage(Page page) {
        this.page = page;
    }

    static ChatPage open(Page page, URI base) {
        page.navigate(base.resolve("/").toString());
        ChatPage chat = new ChatPage(page);
        assertThat(chat.botMessages().first()).containsText("Hello");
        return chat;
    }

    Page page() {
        return page;
    }

    /** The id of this tab's conversation, as the page keeps it: the server keeps the transcript under it. */
    String conversationId() {
        Object id = page.evaluate("() => sessionStorage.getItem('examdesk.conversation')");
        if (id == null) {
            throw new AssertionError("the page holds no conversation");
        }
        return id.toString();
    }

    ChatPage signInAsStaff(String username, String password) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .first()
                .click();
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        page.locator("#staff-form button[type=submit]").click();
        assertThat(page.locator("#who")).containsText("Signed in as");
        return this;
    }

    /** A student proves who they are in the chat: the bot asks for email, date of birth (dd/mm/yyyy) and UCI. */
    ChatPage checkStudentIdentity(String email, String dateOfBirth, String uci) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .first()
                .click();
        int before = botMessages().count();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check my own account"))
                .click();
        page.waitForCondition(() -> botMessages().count() > before);
        say(email);
        say(dateOfBirth);
        say(uci);
        assertThat(page.locator("#who")).containsText("Signed in as");
        return this;
    }

    /** Types a message and presses Enter, as someone on a keyboard would. */
    ChatPage say(String text) {
        int before = botMessages().count();
        Locator box = page.getByLabel("Your message");
        box.fill(text);
        box.press("Enter");
        page.waitForCondition(() -> botMessages().count() > before);
        return this;
    }

    /** Presses the latest bot button with this label and waits for the bot's answer. */
    ChatPage press(String label) {
        int before = botMessages().count();
        button(label).click();
        page.waitForCondition(() -> botMessages().count() > before);
        return this;
    }

    /** The latest confirmation card: it shows exactly what will change, with "Yes, do it" and "No, cancel". */
    Locator lastConfirm() {
        return page.locator("#log .confirm").last();
    }

    /** Says yes on the latest confirmation card and waits for the outcome. */
    ChatPage confirm() {
        int before = botMessages().count();
        lastConfirm()
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Yes, do it"))
                .click();
        page.waitForCondition(() -> botMessages().count() > before);
        return this;
    }

    /** Everything the bot has said so far, as one text (what the person sees, not what they typed). */
    String botText() {
        return String.join("\n", botMessages().allInnerTexts());
    }

    Locator botMessages() {
        return page.locator("#log li.bot");
    }

    Locator userMessages() {
        return page.locator("#log li.user .bubble");
    }

    /** The latest bot message holding {@code text} (a turn's answer may be followed by an offer). */
    Locator botMessageWith(String text) {
        return page.locator("#log li.bot")
                .filter(new Locator.FilterOptions().setHasText(text))
                .last();
    }

    Locator lastBotMessage() {
        return botMessages().last();
    }

    /** Presses the bot's button labelled exactly {@code label}, waiting for it to be offered (and enabled). */
    ChatPage choose(String label) {
        page.locator("#log li.bot")
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions()
                                .setName(label)
                                .setExact(true)
                                .setDisabled(false))
                .last()
                .click();
        return this;
    }

    /** Fills the latest form's fields, by label, and presses its button. */
    ChatPage fillForm(Map<String, String> byLabel, String button) {
        Locator form = page.locator("#log li.bot form.chat-form").last();
        byLabel.forEach((label, value) -> form.getByLabel(label).fill(value));
        form.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(button).setExact(true))
                .click();
        return this;
    }

    /**
     * Chooses {@code file} in the chat's "Add a file to case" control (shown while a case is looked at) and presses
     * "Attach to the case"; waits for the bot's answer.
     */
    ChatPage attach(FilePayload file) {
        int before = botMessages().count();
        page.getByLabel(Pattern.compile("^Add a file to case")).setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Attach to the case"))
                .click();
        page.waitForCondition(() -> botMessages().count() > before);
        return this;
    }

    /** The last bot button with this label (quick reply or confirm). */
    Locator button(String label) {
        return page.locator("#log li.bot .options button")
                .filter(new Locator.FilterOptions().setHasText(label))
                .last();
    }
}

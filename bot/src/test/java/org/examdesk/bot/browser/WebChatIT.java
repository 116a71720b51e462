package org.examdesk.bot.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.Await;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WebChatIT {
    @RegisterExtension
    static final BrowserSession browser = new BrowserSession("chat");

    private Page page;

    @Test
    void a_signed_in_officer_asks_a_question_and_the_article_card_opens_the_article_in_a_new_tab() {
        page = browser.page();
        ChatPage chat =
                ChatPage.open(page, browser.base()).signInAsStaff("officer@riverside.example", DemoData.PASSWORD);

        chat.say("what is the difference between a UCI and a ULN");
        Locator card = page.locator("#log article.card").last();
        assertThat(card).isVisible();
        String title = card.getAttribute("aria-label").substring("Article: ".length());
        assertThat(card.locator("a")).containsText("(opens in a new tab)");
        Page article = page.waitForPopup(() -> card.locator("a").click());

        assertThat(article).hasURL(Pattern.compile(".*/help/[a-z0-9-]+$"));
        assertThat(article.locator("h1")).hasText(title);
        assertThat(page.locator("#log")).containsText("what is the difference between a UCI and a ULN");
        article.close();
    }

    @Test
    void staff_who_do_not_administer_students_do_not_see_the_import_and_export_tools() {
        page = browser.page("teacher");
        ChatPage.open(page, browser.base()).signInAsStaff("teacher@riverside.example", DemoData.PASSWORD);
        assertThat(page.locator("#who")).containsText("Grace");
        assertThat(page.locator("#upload")).isHidden();
        assertThat(page.locator("#codes")).isHidden();

        Page officer = browser.page("officer");
        ChatPage.open(officer, browser.base()).signInAsStaff("officer@riverside.example", DemoData.PASSWORD);
        assertThat(officer.locator("#upload")).isVisible();
        assertThat(officer.locator("#codes")).isVisible();
    }

    @Test
    void html_in_a_message_is_shown_as_text_and_never_runs() {
        page = browser.page();
        List<String> dialogs = new CopyOnWriteArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        ChatPage chat = ChatPage.open(page, browser.base());

        chat.say("<img src=x onerror=alert(1)>");

        assertThat(chat.userMessages().last()).hasText("<img src=x onerror=alert(1)>");
        assertThat(page.locator("#log img")).hasCount(0);
        assertThat(dialogs).isEmpty();
    }

    @Test
    void a_message_over_4000_characters_is_refused_politely_and_kept_for_editing() {
        page = browser.page();
        ChatPage chat = ChatPage.open(page, browser.base());
        String tooLong = "a".repeat(4_001);

        chat.say(tooLong);

        assertThat(chat.lastBotMessage()).containsText("at most 4,000");
        assertThat(chat.userMessages()).hasCount(0);
        assertThat(page.getByLabel("Your message")).hasValue(tooLong);
    }

    @Test
    void quick_reply_buttons_work_from_the_keyboard_and_focus_moves_to_the_new_buttons() {
        page = browser.page();
        ChatPage chat = ChatPage.open(page, browser.base());
        chat.say("help");
        Locator openCase = chat.button("Talk to a person");
        assertThat(openCase).isVisible();
        int shown = chat.botMessages().count();

        openCase.focus();
        page.keyboard().press("Enter");

        assertThat(openCase).isDisabled();
        assertThat(chat.userMessages().last()).hasText("Talk to a person");
        page.waitForCondition(() -> chat.botMessages().count() > shown); // the answer to the button
        Object focused = page.evaluate("() => document.activeElement.tagName");
        assertThat(focused).isIn("BUTTON", "TEXTAREA");
    }

    @Test
    void the_chat_fits_a_360_pixel_phone_without_sideways_scrolling() {
        page = browser.page(Chromium.PHONE_WIDTH);
        ChatPage chat = ChatPage.open(page, browser.base());

        chat.say("student locked out of results");

        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).isLessThanOrEqualTo(Chromium.PHONE_WIDTH);
        assertThat(page.getByLabel("Your message")).isVisible();
    }

    @Test
    void after_the_connection_drops_the_chat_reconnects_and_carries_on() {
        page = browser.page();
        ChatPage chat = ChatPage.open(page, browser.base());
        String conversation = (String) page.evaluate("() => sessionStorage.getItem('examdesk.conversation')");

        page.evaluate("() => window.ExamDeskChat.dropConnection()");
        chat.say("help");

        assertThat(chat.lastBotMessage()).not().hasClass("error");
        assertThat(page.evaluate("() => sessionStorage.getItem('examdesk.conversation')"))
                .isEqualTo(conversation);
    }

    @Test
    void the_widget_on_a_schools_own_page_opens_the_chat_in_a_panel() throws Exception {
        String school = "<!doctype html><html lang=\"en\"><title>Riverside Academy</title><body><h1>Riverside</h1>"
                + "<script src=\"" + browser.base().resolve("/widget.js") + "\"></script></body></html>";
        HttpServer schoolSite = SchoolSite.serve(school); // another origin, as a school's own website would be
        try {
            page = browser.page();
            page.navigate("http://localhost:" + schoolSite.getAddress().getPort() + "/"); // in EXAMDESK_WIDGET_ORIGINS
            Locator launcher = page.locator("button.examdesk-launcher");
            assertThat(launcher).hasText("Chat with ExamDesk");

            launcher.click();

            assertThat(launcher).hasAttribute("aria-expanded", "true");
            assertThat(launcher).hasText("Close chat");
            FrameLocator chat = page.frameLocator("iframe[title='ExamDesk chat']");
            assertThat(chat.locator("#log li.bot").first()).containsText("Hello");
            page.keyboard().press("Escape");
            assertThat(page.locator("#examdesk-panel")).isHidden();
            assertThat(launcher).isFocused();
        } finally {
            schoolSite.stop(0);
        }
    }

    @Test
    void the_widget_on_a_site_not_among_the_widget_origins_cannot_show_the_chat() throws Exception {
        String stranger = "<!doctype html><html lang=\"en\"><title>Elsewhere</title><body><h1>Elsewhere</h1>"
                + "<script src=\"" + browser.base().resolve("/widget.js") + "\"></script></body></html>";
        HttpServer site = SchoolSite.serve(stranger);
        try {
            page = browser.page();
            page.navigate("http://127.0.0.1:" + site.getAddress().getPort() + "/"); // not in EXAMDESK_WIDGET_ORIGINS

            page.locator("button.examdesk-launcher").click();

            // Playwright hands console messages over only while the test calls into it, so each look waits a little
            Page shown = page;
            Await.atMost(Await.DEFAULT).until("the browser to refuse to frame the chat", () -> {
                shown.waitForTimeout(100);
                return browser.takeRefusals().stream().anyMatch(m -> m.contains("frame-ancestors"));
            });
            FrameLocator chat = page.frameLocator("iframe[title='ExamDesk chat']");
            assertThat(chat.locator("#log")).hasCount(0);
        } finally {
            site.stop(0);
        }
    }
}

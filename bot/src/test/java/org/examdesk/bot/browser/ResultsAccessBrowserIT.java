package org.examdesk.bot.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.Await;
import org.examdesk.admin.testing.PdfPages;
import org.examdesk.admin.testing.TestHttp;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo exams officer gives two candidates results access in the web chat by ticking them in the list the bot
 * shows (checkboxes), then takes them off again one at a time; the candidate's letter signs in while they have
 * access and is refused with the reason at once after; axe finds no serious or critical violation with the list on
 * screen.
 */
class ResultsAccessBrowserIT {
    private static final Logger log = LoggerFactory.getLogger(ResultsAccessBrowserIT.class);
    private static final String OFFICER = "officer@riverside.example";

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession("results-access");

    @Test
    void two_candidates_ticked_in_the_chat_get_access_and_letters_and_one_is_taken_off_again() {
        Page page = browser.page();
        ChatPage chat = ChatPage.open(page, browser.base()).signInAsStaff(OFFICER, DemoData.PASSWORD);
        chat.say("give results access to 0042 and 0043 for june");
        Locator list = page.locator("#log li.bot fieldset.picks").last();
        assertThat(list.getByLabel("(0042)")).isChecked();
        assertThat(list.getByLabel("(0043)")).isChecked();
        for (int width : List.of(1280, Chromium.PHONE_WIDTH)) {
            page.setViewportSize(width, 900);
            scan(page, width);
        }
        page.setViewportSize(1280, 900);
        list.getByLabel("(0043)").uncheck();
        list.getByLabel("(0043)").check();
        continueWith(chat);
        assertThat(chat.userMessages().last()).containsText("Ticked: Zoë Łukasiewicz (0042)");

        chat.say("Priya Shah").say("exams@riverside.example").press("No delay");
        assertThat(chat.lastConfirm()).containsText("give access to Zoë Łukasiewicz (0042)");
        chat.confirm();
        Await.atMost(Duration.ofSeconds(60))
                .every(Duration.ofMillis(500))
                .until(
                        "the letters to be ready",
                        () -> chat.botText().contains("The letters are ready") || chat.say("status") == null,
                        ready -> ready);
        TestHttp http = browser.http();
        String officer = http.login(OFFICER, DemoData.PASSWORD);
        String base = "/api/v1/results-access/" + juneId(http, officer);
        assertThat(http.get(base, officer).json().at("/letters/withAccess").asInt())
                .isEqualTo(2);

        String[] zoe = credentials(http, officer, base, "0042");
        assertThat(candidateSignIn(http, zoe).status())
                .as("the candidate signs in with the letter's username and password")
                .isEqualTo(200);

        chat.say("take 0043 off results access for june");
        Locator again = page.locator("#log li.bot fieldset.picks").last();
        assertThat(again.getByLabel("(0043)")).not().isChecked();
        continueWith(chat);
        assertThat(chat.lastConfirm()).containsText("stop working");
        chat.confirm();
        assertThat(chat.lastBotMessage()).containsText("Access removed at once");
        assertThat(http.get(base + "/candidates?q=0043", officer)
                        .json()
                        .at("/items/0/selected")
                        .asBoolean())
                .isFalse();
        assertThat(http.get(base, officer).json().at("/letters/withAccess").asInt())
                .isEqualTo(1);

        chat.say("take 0042 off results access for june");
        continueWith(chat);
        chat.confirm();
        assertThat(chat.lastBotMessage()).containsText("Access removed at once");
        TestHttp.Response refused = candidateSignIn(http, zoe);
        assertThat(refused.status()).as("the same letter no longer signs in").isEqualTo(403);
        assertThat(refused.json().path("message").asText())
                .contains("has not given you access to results online for June 2026");
    }

    /** The username and password on the letter of candidate {@code number}, read from the letters' PDF. */
    private static String[] credentials(TestHttp http, String officer, String base, String number) {
        try {
            HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(browser.base().resolve(base + "/letters.pdf"))
                                    .header("Authorization", "Bearer " + officer)
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).isEqualTo(200);
            Path file = Files.createTempFile("letters", ".pdf");
            try {
                Files.write(file, pdf.body());
                String text = PdfPages.PdfText.extract(file);
                Assumptions.assumeTrue(text != null, "pdftotext (poppler-utils) reads the letters");
                String page = Arrays.stream(text.split("\f"))
                        .filter(p -> p.contains(number))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no letter of " + number + " in " + text));
                return new String[] {find(page, "Username\\s+(\\S+)"), find(page, "Password\\s+(\\S{4}-\\S{4}-\\S{4})")
                };
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex + " in " + text).isTrue();
        return m.group(1);
    }

    private static TestHttp.Response candidateSignIn(TestHttp http, String[] credentials) {
        return http.post(
                "/api/v1/candidate-auth/login",
                "{\"username\":\"" + credentials[0] + "\",\"password\":\"" + credentials[1] + "\"}",
                null);
    }

    private static void continueWith(ChatPage chat) {
        int before = chat.botMessages().count();
        chat.page()
                .locator("#log li.bot form.chat-form")
                .last()
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Continue"))
                .click();
        chat.page().waitForCondition(() -> chat.botMessages().count() > before);
    }

    private static void scan(Page page, int width) {
        Chromium.screenshot(page, "axe-picks-" + width);
        List<Axe.Violation> all = Axe.scan(page);
        log.info("axe picks at {} px: {} violations in all {}", width, all.size(), all);
        assertThat(Axe.seriousOrCritical(all))
                .as("serious or critical axe violations")
                .isEmpty();
        Object scrollWidth = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) scrollWidth).intValue()).as("page width").isLessThanOrEqualTo(width);
    }

    private static long juneId(TestHttp http, String officer) {
        for (JsonNode s : http.get("/api/v1/series", officer).json().get("items")) {
            if (s.get("name").asText().equals("June 2026")) {
                return s.get("id").asLong();
            }
        }
        throw new AssertionError("no June 2026");
    }
}

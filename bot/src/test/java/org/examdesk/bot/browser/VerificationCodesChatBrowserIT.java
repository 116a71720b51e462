package org.examdesk.bot.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.examdesk.admin.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Verification codes asked for in the web chat (the export_codes intent, not the panel): the officer confirms, the
 * file comes back as a download button that a keyboard reaches, the CSV holds exactly the accounts the export made,
 * and neither the page's conversation nor the server's transcript ever holds a code. A class of its own: the panel
 * export ({@link VerificationCodesExportIT}) makes the same June accounts, after which there would be none to make.
 */
class VerificationCodesChatBrowserIT {
    private static final String OFFICER = "officer@riverside.example";
    private static final String FILE = "verification-codes-june-2026.csv";
    private static final String HEADER = "Forename,Surname,UCI,Verification code,Activation URL,Code expires";
    /** Riverside's centre number, with which its candidates' UCIs start. */
    private static final String RIVERSIDE = "40123";

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession("codes-chat");

    @Test
    void the_officer_downloads_the_codes_from_the_chat_and_the_transcript_keeps_none_of_them() throws Exception {
        String officer = browser.http().login(OFFICER, DemoData.PASSWORD);
        long before = exportedAccounts(officer);
        Page page = browser.page();
        ChatPage chat = ChatPage.open(page, browser.base()).signInAsStaff(OFFICER, DemoData.PASSWORD);

        chat.say("export the verification codes for june 2026");
        assertThat(chat.lastConfirm()).containsText("Export the verification codes for June 2026?");
        assertThat(chat.lastConfirm()).containsText("accept responsibility");
        assertThat(exportedAccounts(officer))
                .as("nothing is made before the confirmation")
                .isEqualTo(before);
        chat.confirm();

        // the accessible name is the file's own; the role query finds the button by it
        Locator button = page.getByRole(
                AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Download " + FILE).setExact(true));
        assertThat(button).hasCount(1);
        long made = exportedAccounts(officer) - before;
        assertThat(made)
                .as("the demo has entered candidates without an account")
                .isPositive();
        assertThat(chat.botMessageWith("Done:")).containsText(FILE + " holds " + made + " verification codes");

        Download download = page.waitForDownload(button::click);

        assertThat(download.suggestedFilename()).isEqualTo(FILE);
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv)
                .as("a byte-order mark, so a spreadsheet reads the names as UTF-8")
                .startsWith("\uFEFF");
        List<String> lines = csv.substring(1).lines().toList();
        assertThat(lines.get(0)).isEqualTo(HEADER);
        List<String[]> rows =
                lines.stream().skip(1).map(line -> line.split(",", -1)).toList();
        assertThat(rows).hasSize((int) made);
        List<String> codes = new ArrayList<>();
        for (String[] row : rows) {
            assertThat(row).as(String.join(",", row)).hasSize(6);
            assertThat(row[2]).as("the UCI of one of Riverside's candidates").startsWith(RIVERSIDE);
            assertThat(row[3]).isNotBlank();
            assertThat(row[4]).as("the personal activation link").endsWith("activate?code=" + row[3]);
            codes.add(row[3]);
        }
        assertThat(codes).as("a code for each student").doesNotHaveDuplicates();
        assertThat(rows.stream()
                        .map(row -> row[0] + " " + row[1] + " " + row[2])
                        .toList())
                .as("the accounts this export made, as the admin API lists them")
                .containsExactlyInAnyOrderElementsOf(newestExported(officer, made));

        String transcript = browser.transcript(chat.conversationId());
        assertThat(transcript).contains(FILE + " (" + made + " verification codes) was given to the person who asked");
        String shown = page.locator("#log").textContent();
        for (String code : codes) {
            assertThat(transcript).as("the server's transcript").doesNotContain(code);
            assertThat(shown).as("the conversation on the page").doesNotContain(code);
        }

        // a keyboard reaches the button from the message box, where the focus is after the confirmation, and Enter
        // saves the same file again (it came with the reply: no second export)
        page.getByLabel("Your message").focus();
        assertThat(reachedBackwards(page, button, 8))
                .as("Shift+Tab reaches the download button")
                .isTrue();
        assertThat(button).isFocused();
        Download again = page.waitForDownload(() -> page.keyboard().press("Enter"));
        assertThat(again.suggestedFilename()).isEqualTo(FILE);
        assertThat(Files.readString(again.path(), StandardCharsets.UTF_8)).isEqualTo(csv);
        assertThat(exportedAccounts(officer)).isEqualTo(before + made);
    }

    /** Presses Shift+Tab at most {@code most} times until {@code target} has the focus. */
    private static boolean reachedBackwards(Page page, Locator target, int most) {
        for (int i = 0; i < most; i++) {
            page.keyboard().press("Shift+Tab");
            if (Boolean.TRUE.equals(target.evaluate("node => node === document.activeElement"))) {
                return true;
            }
        }
        return false;
    }

    private static long exportedAccounts(String officer) {
        return browser.http()
                .get("/api/v1/students?createdBy=export&size=1", officer)
                .json()
                .get("total")
                .asLong();
    }

    /** "Forename Surname UCI" of the newest {@code count} accounts the export made, as the admin API lists them. */
    private static List<String> newestExported(String officer, long count) {
        List<String> students = new ArrayList<>();
        JsonNode listed = browser.http()
                .get("/api/v1/students?createdBy=export&sort=-createdAt&size=" + count, officer)
                .json();
        for (JsonNode s : listed.get("items")) {
            students.add(s.get("forename").asText() + " " + s.get("surname").asText() + " "
                    + s.get("uci").asText());
        }
        return students;
    }
}

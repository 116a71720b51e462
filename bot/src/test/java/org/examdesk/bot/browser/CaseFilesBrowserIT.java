package org.examdesk.bot.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.examdesk.admin.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A file added to a case from the web chat, in a real browser: the exams officer opens a case in the chat and
 * chooses a PDF in the chat's own file control; a file named in upper case is refused first with the rule, and
 * nothing is stored; the agent then opens the case in the console and downloads exactly the bytes sent, under the
 * same name.
 */
class CaseFilesBrowserIT {
    private static final String OFFICER = "officer@riverside.example";
    private static final String AGENT = "agent@examdesk.example";
    /** A small PDF with a binary comment line, as real PDFs have: a download that mangles bytes shows. */
    private static final byte[] PDF = pdf();

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession("case-files");

    @Test
    void an_officer_attaches_a_pdf_to_a_case_from_the_chat_and_the_agent_downloads_the_same_file() throws Exception {
        // given: the officer has opened a case in the web chat and says they have a file for it
        Page chatPage = browser.page("case-files-chat");
        ChatPage chat = ChatPage.open(chatPage, browser.base()).signInAsStaff(OFFICER, DemoData.PASSWORD);
        String number = openCase(chat);
        assertThat(chatPage.locator("#attach-label"))
                .hasText("Add a file to case " + number + " (at most 10 MB; the extension in lower case)");
        chat.press("Add a file");
        assertThat(chat.lastBotMessage()).containsText("Send the file for case " + number + " now");
        List<String> opened = fileNames(number);
        assertThat(opened).doesNotContain("letter.pdf", "LETTER.PDF");

        // when: a file named in upper case is chosen, it is refused with the rule and nothing is stored
        chat.attach(new FilePayload("LETTER.PDF", "application/pdf", PDF));
        assertThat(chat.userMessages().last()).hasText("Sent LETTER.PDF");
        assertThat(chat.lastBotMessage())
                .containsText("File extensions must be lower case: rename LETTER.PDF to LETTER.pdf and upload it"
                        + " again. Nothing was attached to case " + number + ".");
        assertThat(fileNames(number)).isEqualTo(opened);

        // when: the same file named in lower case is chosen, it is attached
        chat.attach(new FilePayload("letter.pdf", "application/pdf", PDF));
        assertThat(chat.userMessages().last()).hasText("Sent letter.pdf");
        assertThat(chat.botMessageWith("Attached letter.pdf"))
                .containsText("Attached letter.pdf (" + PDF.length + " bytes) to case " + number
                        + ". The agent sees it with the case.");
        List<String> withLetter = new ArrayList<>(opened);
        withLetter.add("letter.pdf");
        assertThat(fileNames(number)).containsExactlyInAnyOrderElementsOf(withLetter);

        // then: the agent opens the case in the console and downloads the very bytes sent, under the same name
        Page consolePage = browser.page("case-files-agent");
        AgentConsole console =
                AgentConsole.signIn(consolePage, browser.base(), "/agent#case=" + number, AGENT, DemoData.PASSWORD);
        assertThat(console.detail().locator("h2")).containsText("Case " + number);
        assertThat(console.detail().locator("ul.files").getByRole(AriaRole.BUTTON))
                .hasText(withLetter.toArray(String[]::new));
        Download download = console.downloadAttachment("letter.pdf");
        assertThat(download.failure()).isNull();
        assertThat(download.suggestedFilename()).isEqualTo("letter.pdf");
        assertThat(Files.readAllBytes(download.path())).isEqualTo(PDF);
    }

    /** Opens a case in the chat, choosing the cascade with buttons as the officer would; answers its number. */
    private static String openCase(ChatPage chat) {
        chat.say("open a case");
        chat.choose("Exams officer or centre staff")
                .choose("Entries, bookings and assessment")
                .choose("Special considerations")
                .choose("Illness or injury")
                .choose("GCSE")
                .choose("Biology");
        chat.fillForm(
                Map.of(
                        "Subject (one line)",
                        "Doctor's letter for candidate 4021",
                        "What happened, and what do you need? Names, UCIs or candidate numbers help.",
                        "Candidate 4021 was ill for the Biology paper; the doctor's letter follows as a file.",
                        "Phone number",
                        "01632 960000",
                        "Language for our reply",
                        "English"),
                "Continue");
        chat.choose("Send a message (we aim to reply within 48 hours)").choose("Yes, do it");
        Locator card = chat.page().locator("#log .bubble.case").last();
        assertThat(card).hasText(Pattern.compile("Case \\d{8} \\(NEW\\)"));
        Matcher m = Pattern.compile("\\d{8}").matcher(card.textContent());
        assertThat(m.find()).isTrue();
        assertThat(chat.botMessageWith("Case " + m.group() + " is open")).isVisible();
        assertThat(chat.lastBotMessage()).containsText("Add a file");
        return m.group();
    }

    /** The names of the case's files, as the admin API lists them to the officer. */
    private static List<String> fileNames(String number) {
        JsonNode c = browser.http()
                .get("/api/v1/cases/" + number, browser.http().login(OFFICER, DemoData.PASSWORD))
                .json();
        List<String> names = new ArrayList<>();
        c.get("attachments").forEach(a -> names.add(a.get("fileName").asText()));
        return names;
    }

    private static byte[] pdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.4\n%".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {(byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'});
        out.writeBytes("1 0 obj << /Type /Catalog >> endobj\n% the doctor's letter for candidate 4021\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}

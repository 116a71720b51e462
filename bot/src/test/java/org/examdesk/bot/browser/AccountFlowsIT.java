package org.examdesk.bot.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.TestHttp;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The account flows in the browser: what an exams officer and a student actually click. */
class AccountFlowsIT {
    private static final String OFFICER = "officer@riverside.example";

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession("account");
    /** Not Activated students, each for one test, picked before any test changes a status. */
    private static List<JsonNode> notActivated;

    private Page page;

    /**
     * The first Not Activated student by surname, then the last two by UCI other than them: each test gets its own,
     * and a test that reactivates or imports someone (adding a Not Activated student) cannot reorder a later pick.
     */
    @BeforeAll
    static void pickStudents() {
        notActivated = new ArrayList<>();
        notActivated.add(browser.http()
                .get("/api/v1/students?status=NOT_ACTIVATED&size=1&sort=surname", officer())
                .json()
                .at("/items/0"));
        browser.http()
                .get("/api/v1/students?status=NOT_ACTIVATED&size=3&sort=-uci", officer())
                .json()
                .get("items")
                .forEach(s -> {
                    if (notActivated.size() < 3
                            && !s.get("id").equals(notActivated.get(0).get("id"))) {
                        notActivated.add(s);
                    }
                });
    }

    @Test
    void an_officer_reactivates_locked_sam_patel_after_confirming() {
        page = browser.page();
        ChatPage chat = ChatPage.open(page, browser.base()).signInAsStaff(OFFICER, DemoData.PASSWORD);

        chat.say("Sam Patel can't log in to results");
        Locator confirm = page.locator("#log .confirm").last();
        assertThat(confirm).containsText("Please confirm");
        assertThat(confirm).containsText("Reactivate the account of Sam Patel");
        confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Yes, do it"))
                .click();

        assertThat(chat.lastBotMessage()).containsText("Reference: ED-");
        assertThat(confirm.getByRole(AriaRole.BUTTON).first()).isDisabled();
        String token = browser.http().login(OFFICER, DemoData.PASSWORD);
        JsonNode sam = browser.http()
                .get("/api/v1/students?forename=Sam&surname=Patel", token)
                .json()
                .at("/items/0");
        assertThat(sam.get("status").asText()).isNotEqualTo("LOCKED");
    }

    @Test
    void an_officer_uploads_a_csv_with_a_bad_row_and_sees_and_downloads_the_report() throws Exception {
        Assumptions.assumeTrue(
                importsExist(),
                "Skipped: the admin API has no POST /api/v1/students/imports yet; "
                        + "this test runs once the student import is merged.");
        page = browser.page();
        ChatPage chat = ChatPage.open(page, browser.base()).signInAsStaff(OFFICER, DemoData.PASSWORD);
        String csv = "Forename,Surname,UCI,Email,Date of birth,School year\n"
                // an entered candidate of Riverside without an account yet (demo data): imported
                + "Alex,Entrant1," + DemoData.uci("40123", 1501)
                + ",alex.entrant1@students.riverside.example,10/01/2009,11\n"
                + "Amy,Smith,SHORT,not-an-email,someday,11\n";
        page.getByText("Import students from a file").click();
        page.getByLabel("File of students")
                .setInputFiles(new FilePayload("year11.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.getByLabel("I confirm that these students consented").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and import"))
                .click();

        assertThat(page.locator("#log")).containsText("1 student imported from year11.csv");
        Locator table = page.locator("#log table").last();
        assertThat(table.locator("caption")).hasText("Rows not imported");
        assertThat(table.locator("tbody tr")).hasCount(1);
        assertThat(table.locator("tbody")).containsText("not-an-email");
        Download download = page.waitForDownload(
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download these rows (CSV)"))
                        .click());
        assertThat(Files.readString(download.path())).contains("not-an-email");
        assertThat(chat.userMessages().last()).hasText("Uploaded year11.csv");
    }

    /** The import endpoint answers anything but "there is nothing here" (a request without a file is refused). */
    private static boolean importsExist() {
        TestHttp.Response probe = browser.http()
                .post("/api/v1/students/imports", null, browser.http().login(OFFICER, DemoData.PASSWORD));
        return probe.status() != 404 && probe.status() != 405;
    }

    @Test
    void a_student_checks_their_own_status_in_student_mode() {
        JsonNode student = notActivated.get(0);
        page = browser.page(Chromium.PHONE_WIDTH);
        ChatPage chat = ChatPage.open(page, browser.base());

        chat.checkStudentIdentity(student.get("email").asText(), ukDate(student), uci(student));

        assertThat(page.locator("#log")).containsText("Not Activated");
        chat.button("Yes, send it again").click();
        assertThat(chat.lastBotMessage()).containsText("on its way");
        assertThat(page.locator("#who")).containsText(student.get("forename").asText());
        assertThat(page.locator("#upload")).isHidden();
    }

    @Test
    void a_student_resends_their_own_activation_email_and_exactly_one_goes_to_the_address_on_file() {
        JsonNode student = notActivated.get(1);
        String email = student.get("email").asText();
        String admin = browser.http().login("admin@examdesk.example", DemoData.PASSWORD);
        assertThat(browser.http()
                        .get("/api/v1/outbox?to=" + email, admin)
                        .json()
                        .get("items"))
                .isEmpty();
        page = browser.page();
        ChatPage chat = ChatPage.open(page, browser.base()).checkStudentIdentity(email, ukDate(student), uci(student));

        assertThat(chat.lastBotMessage()).containsText("with your activation code, went to " + email);
        chat.press("Yes, send it again");

        assertThat(chat.lastBotMessage()).containsText("Done: the email is on its way to the address on file");
        JsonNode mails =
                browser.http().get("/api/v1/outbox?to=" + email, admin).json().get("items");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).get("recipient").asText()).isEqualTo(email);
        JsonNode audit = browser.http()
                .get(
                        "/api/v1/audit?targetType=student&targetId="
                                + student.get("id").asLong(),
                        officer())
                .json()
                .get("items");
        assertThat(audit.findValuesAsText("action")).containsOnlyOnce("STUDENT_WELCOME_RESENT");
    }

    @Test
    void a_signed_in_student_asking_about_another_student_learns_nothing_of_them() {
        JsonNode student = notActivated.get(2);
        JsonNode sam = browser.http()
                .get("/api/v1/students?forename=Sam&surname=Patel", officer())
                .json()
                .at("/items/0");
        page = browser.page();
        ChatPage chat = ChatPage.open(page, browser.base())
                .checkStudentIdentity(student.get("email").asText(), ukDate(student), uci(student));
        chat.say("cancel");

        chat.say("what is the account status of Sam Patel, UCI " + uci(sam) + "?");
        chat.say("reactivate Sam Patel");
        chat.say("what is the email address of " + uci(sam));

        assertThat(chat.botText())
                .doesNotContain(
                        uci(sam),
                        sam.get("email").asText(),
                        ukDate(sam),
                        sam.get("dateOfBirth").asText());
        assertThat(page.locator("#log .confirm")).hasCount(0);
        assertThat(page.locator("#who")).containsText(student.get("forename").asText());
    }

    private static String officer() {
        return browser.http().login(OFFICER, DemoData.PASSWORD);
    }

    private static String uci(JsonNode student) {
        return student.get("uci").asText();
    }

    private static String ukDate(JsonNode student) {
        return LocalDate.parse(student.get("dateOfBirth").asText()).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}

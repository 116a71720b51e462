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
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.TestHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** The account flows in the browser: what an exams officer and a student actually click. */
class AccountFlowsIT {
    private static final String OFFICER = "officer@riverside.example";
    private static BrowserRig rig;
    private Page page;

    @BeforeAll
    static void start() {
        rig = BrowserRig.start();
    }

    @AfterAll
    static void stop() {
        if (rig != null) {
            rig.close();
        }
    }

    @AfterEach
    void keepScreenshot(TestInfo test) {
        BrowserRig.finish(page, "account", test);
    }

    @Test
    void an_officer_reactivates_locked_sam_patel_after_confirming() {
        page = rig.page();
        ChatPage chat = ChatPage.open(page, rig.base).signInAsStaff(OFFICER, DemoData.PASSWORD);

        chat.say("Sam Patel can't log in to results");
        Locator confirm = page.locator("#log .confirm").last();
        assertThat(confirm).containsText("Please confirm");
        assertThat(confirm).containsText("Reactivate the account of Sam Patel");
        confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Yes, do it")).click();

        assertThat(chat.lastBotMessage()).containsText("Reference: ED-");
        assertThat(confirm.getByRole(AriaRole.BUTTON).first()).isDisabled();
        String token = rig.http.login(OFFICER, DemoData.PASSWORD);
        JsonNode sam = rig.http.get("/api/v1/students?forename=Sam&surname=Patel", token).json().at("/items/0");
        assertThat(sam.get("status").asText()).isNotEqualTo("LOCKED");
    }

    @Test
    void an_officer_uploads_a_csv_with_a_bad_row_and_sees_and_downloads_the_report() throws Exception {
        Assumptions.assumeTrue(importsExist(), "Skipped: the admin API has no POST /api/v1/students/imports yet; "
                + "this test runs once the student import is merged.");
        page = rig.page();
        ChatPage chat = ChatPage.open(page, rig.base).signInAsStaff(OFFICER, DemoData.PASSWORD);
        String csv = "Forename,Surname,UCI,Email,Date of birth,School year\n"
                // an entered candidate of Riverside without an account yet (demo data): imported
                + "Alex,Entrant1," + DemoData.uci("40123", 1501) + ",alex.entrant1@students.riverside.example,10/01/2009,11\n"
                + "Amy,Smith,SHORT,not-an-email,someday,11\n";
        page.getByText("Import students from a file").click();
        page.getByLabel("File of students").setInputFiles(
                new FilePayload("year11.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.getByLabel("I confirm that these students consented").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and import")).click();

        assertThat(page.locator("#log")).containsText("1 student imported from year11.csv");
        Locator table = page.locator("#log table").last();
        assertThat(table.locator("caption")).hasText("Rows not imported");
        assertThat(table.locator("tbody tr")).hasCount(1);
        assertThat(table.locator("tbody")).containsText("not-an-email");
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Download these rows (CSV)")).click());
        assertThat(Files.readString(download.path())).contains("not-an-email");
        assertThat(chat.userMessages().last()).hasText("Uploaded year11.csv");
    }

    /** The import endpoint answers anything but "there is nothing here" (a request without a file is refused). */
    private static boolean importsExist() {
        TestHttp.Response probe = rig.http.post("/api/v1/students/imports", null,
                rig.http.login(OFFICER, DemoData.PASSWORD));
        return probe.status() != 404 && probe.status() != 405;
    }

    @Test
    void a_student_checks_their_own_status_in_student_mode() {
        String officer = rig.http.login(OFFICER, DemoData.PASSWORD);
        JsonNode student = rig.http.get("/api/v1/students?status=NOT_ACTIVATED&size=1&sort=surname", officer).json()
                .at("/items/0");
        String dob = LocalDate.parse(student.get("dateOfBirth").asText()).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        page = rig.page(Chromium.PHONE_WIDTH);
        ChatPage chat = ChatPage.open(page, rig.base);

        chat.checkStudentIdentity(student.get("email").asText(), dob, student.get("uci").asText());

        assertThat(page.locator("#log")).containsText("Not Activated");
        chat.button("Yes, send it again").click();
        assertThat(chat.lastBotMessage()).containsText("on its way");
        assertThat(page.locator("#who")).containsText(student.get("forename").asText());
        assertThat(page.locator("#upload")).isHidden();
    }
}

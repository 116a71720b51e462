package org.examdesk.bot.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.Multipart;
import org.examdesk.admin.testing.TestHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The student results-account journey in the browser, from the welcome email an officer's import queues to a new
 * password chosen through the emailed forgotten-password link; and each page's accessibility at 1280 and 360 px.
 */
class StudentAccountPagesIT {
    private static final Logger log = LoggerFactory.getLogger(StudentAccountPagesIT.class);
    private static final Pattern ACTIVATION_LINK = Pattern.compile("https?://\\S+/activate\\?code=\\S+");
    private static final Pattern RESET_LINK = Pattern.compile("https?://\\S+/student/reset-password\\?token=\\S+");
    /** An entered candidate of Riverside without an account yet (demo data): Alex Entrant3, born 28 January 2009. */
    private static final String EMAIL = "alex.entrant3@students.riverside.example";

    private static final String DOB = "2009-01-28";

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession("student");

    @Test
    void a_student_activates_from_the_welcome_email_and_later_chooses_a_new_password_through_the_emailed_link() {
        importAlexAsTheOfficer();
        Page page = browser.page(Chromium.PHONE_WIDTH);

        // the welcome email's link opens the activation page with the code filled in
        page.navigate(onThisServer(link(ACTIVATION_LINK, latestEmailTo(EMAIL))));
        assertThat(page.locator("#code")).hasValue(Pattern.compile("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$"));
        assertThat(page).hasURL(Pattern.compile("/activate$"));
        page.getByLabel("Date of birth").fill("2009-01-29");
        page.getByLabel("Choose a password").pressSequentially("Alex-first1");
        assertThat(page.locator("#password-rules li.met")).hasCount(3);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Activate my account"))
                .click();
        assertThat(page.locator("#error-summary")).containsText("does not match our records (2 attempts left)");
        assertThat(page.locator("#error-summary")).isFocused();
        assertThat(page.locator("#dob")).hasAttribute("aria-invalid", "true");
        page.getByLabel("Date of birth").fill(DOB);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Activate my account"))
                .click();
        assertThat(page.locator("#notice")).containsText("results account is active");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in to your results account"))
                .click();

        // three wrong passwords: Forgotten Password
        assertThat(page).hasURL(Pattern.compile("/student/sign-in$"));
        page.getByLabel("Email address").fill(EMAIL);
        for (int i = 1; i <= 3; i++) {
            signIn(page, "Wrong-guess" + i);
            assertThat(page.locator("#error-summary")).containsText("The email address or password is not right");
        }
        assertThat(page.locator("#error-summary")).containsText("Forgotten Password");
        signIn(page, "Alex-first1");
        assertThat(page.locator("#error-summary")).containsText("locked after 3 wrong passwords");
        assertThat(studentStatus()).isEqualTo("FORGOTTEN_PASSWORD");

        // a link by email, then a new password
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Forgotten your password?"))
                .click();
        page.getByLabel("Email address").fill(EMAIL);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a link"))
                .click();
        assertThat(page.locator("#notice")).containsText("we have sent it a link to choose a new password");
        String resetLink = onThisServer(link(RESET_LINK, latestEmailTo(EMAIL)));
        page.navigate(resetLink);
        assertThat(page).hasURL(Pattern.compile("/student/reset-password$"));
        page.getByLabel("Date of birth").fill(DOB);
        page.getByLabel("New password").pressSequentially("Alex-second2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set my new password"))
                .click();
        assertThat(page.locator("#notice")).containsText("Your new password is set");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in to your results account"))
                .click();
        page.getByLabel("Email address").fill(EMAIL);
        signIn(page, "Alex-second2");

        assertThat(page.locator("#account")).isVisible();
        assertThat(page.locator("h1")).hasText("Your results account");
        assertThat(page.locator("#account-meaning")).hasText("Your account is active.");
        assertThat(page.locator("#account-name")).hasText("Alex Entrant3");
        assertThat(page.locator("#account-status")).hasText("Active");
        assertThat(page.locator("#account-centre")).containsText("Riverside");

        // the same link a second time: a plain sentence and the way to ask for a new one
        Page again = browser.page("student-reused", Chromium.PHONE_WIDTH);
        again.navigate(resetLink);
        again.getByLabel("Date of birth").fill(DOB);
        again.getByLabel("New password").fill("Alex-third3");
        again.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set my new password"))
                .click();
        assertThat(again.locator("#notice")).containsText("was already used or has expired");
        assertThat(again.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ask for a new link")))
                .isVisible();
        assertThat(again.locator("#reset-form")).isHidden();
    }

    @Test
    void html_typed_into_a_field_is_shown_as_text() {
        Page page = browser.page();
        page.navigate(browser.base().resolve("/student/forgotten-password").toString());
        String typed = "<img src=x id=injected onerror=\"document.title='injected'\">";

        page.getByLabel("Email address").fill(typed);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a link"))
                .click();

        assertThat(page.locator("#error-summary")).containsText("Give the email address of your account");
        assertThat(page.locator("#email-echo")).hasText("You gave: " + typed);
        assertThat(page.locator("#injected")).hasCount(0);
        assertThat(page).not().hasTitle("injected");
    }

    @Test
    void the_new_password_page_without_a_link_says_how_to_get_one() {
        Page page = browser.page();
        page.navigate(browser.base().resolve("/student/reset-password").toString());

        assertThat(page.locator("#notice")).containsText("This page needs the link from the email");
        assertThat(page.locator("#reset-form")).isHidden();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ask for a new link"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/student/forgotten-password$"));
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1280, Chromium.PHONE_WIDTH})
    void every_student_page_with_its_error_summary_has_no_serious_accessibility_violations(int width) {
        Map<String, String> pages = Map.of(
                "activate", "/activate?code=ABCD-EFGH-JKLM",
                "sign-in", "/student/sign-in",
                "forgotten-password", "/student/forgotten-password",
                "reset-password", "/student/reset-password?token=not-a-real-token");
        for (Map.Entry<String, String> p : pages.entrySet()) {
            Page page = browser.page("axe-student-" + p.getKey(), width);
            page.navigate(browser.base().resolve(p.getValue()).toString());
            page.locator("form button[type=submit]").click();
            assertThat(page.locator("#error-summary")).isVisible();

            List<Axe.Violation> all = Axe.scan(page);
            log.info("axe {} at {} px: {} violations in all {}", p.getKey(), width, all.size(), all);
            assertThat(Axe.seriousOrCritical(all))
                    .as("serious or critical axe violations on " + p.getKey())
                    .isEmpty();
            Object scrollWidth = page.evaluate("() => document.documentElement.scrollWidth");
            assertThat(((Number) scrollWidth).intValue()).as("page width").isLessThanOrEqualTo(width);
        }
    }

    private static void signIn(Page page, String password) {
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Sign in").setExact(true))
                .click();
    }

    private static void importAlexAsTheOfficer() {
        String csv = "Forename,Surname,UCI,Email,Date of birth,School year\n" + "Alex,Entrant3,"
                + DemoData.uci("40123", 1503) + "," + EMAIL + ",28/01/2009,11\n";
        TestHttp.Response imported = browser.http()
                .exchange(Multipart.upload(
                        browser.base().resolve("/api/v1/students/imports"),
                        officer(),
                        "year11.csv",
                        csv.getBytes(StandardCharsets.UTF_8),
                        Map.of("consent", "true")));
        assertThat(imported.json().get("accepted").asInt()).as(imported.body()).isEqualTo(1);
    }

    private static String latestEmailTo(String to) {
        JsonNode items = browser.http()
                .get("/api/v1/outbox?to=" + to, browser.http().login("admin@examdesk.example", DemoData.PASSWORD))
                .json()
                .get("items");
        assertThat(items.size()).as("emails to " + to).isPositive();
        return items.get(0).get("body").asText();
    }

    private static String studentStatus() {
        return browser.http()
                .get("/api/v1/students?email=" + EMAIL, officer())
                .json()
                .at("/items/0/status")
                .asText();
    }

    private static String officer() {
        return browser.http().login("officer@riverside.example", DemoData.PASSWORD);
    }

    private static String link(Pattern pattern, String email) {
        Matcher m = pattern.matcher(email);
        assertThat(m.find()).as("a link in " + email).isTrue();
        return m.group();
    }

    /**
     * The emailed link's path and query on the server under test: links point at {@code STUDENT_RESULTS_URL}, which
     * the test app leaves at its default port while it runs on a random one.
     */
    private static String onThisServer(String link) {
        URI uri = URI.create(link);
        return browser.base()
                .resolve(uri.getRawPath() + "?" + uri.getRawQuery())
                .toString();
    }
}

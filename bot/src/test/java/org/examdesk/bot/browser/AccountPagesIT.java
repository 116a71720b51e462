package org.examdesk.bot.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.Await;
import org.examdesk.admin.testing.MutableClock;
import org.examdesk.admin.testing.TestHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The account pages and the candidate results website as people use them: a staff member signs up (and again
 * after the link expired), resets a forgotten password through the emailed link, and a candidate signs in with the
 * login of their letter until the centre removes their access. Emails are read from the outbox, as sent.
 */
class AccountPagesIT {
    private static final Logger log = LoggerFactory.getLogger(AccountPagesIT.class);
    private static final MutableClock CLOCK = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private static final String PASSWORD = "Exams2026x";
    private static final Pattern LINK = Pattern.compile("(https?://\\S+\\?token=[A-Za-z0-9_-]+)");

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession("account-pages", CLOCK);

    private final List<String> dialogs = new CopyOnWriteArrayList<>();

    @Test
    void a_staff_member_lets_the_link_expire_signs_up_again_with_the_same_username_and_verifies_it() {
        Page page = page(1280);
        page.navigate(url("/sign-up"));
        fillSignUp(page, "pat.jones@gmail.com", "pat-jones", "Pat", "Jones");
        assertThat(page.locator("#email-warning")).containsText("personal email address");
        page.locator("#password").fill("exams");
        assertThat(page.locator("[data-rule=length]")).not().hasClass(Pattern.compile("met"));
        page.locator("#password").fill(PASSWORD);
        for (String rule : List.of("length", "upper", "digit")) {
            assertThat(page.locator("[data-rule=" + rule + "]")).hasClass(Pattern.compile("\\bmet\\b"));
        }
        page.locator("button[type=submit]").click();
        assertThat(page.locator("#outcome-title")).hasText("Check your inbox");
        assertThat(page.locator("#outcome")).containsText("pat.jones@gmail.com");
        assertThat(page.locator("#sign-up")).isHidden();
        String expiring = link("pat.jones@gmail.com", "Verify your email address", "/verify-email");

        CLOCK.advance(Duration.ofHours(24).plusMinutes(1));
        page.navigate(expiring);

        assertThat(page.locator("#outcome-title")).hasText("This link has expired");
        assertThat(page.locator("#outcome")).containsText("24 hours");
        assertThat(page).hasURL(url("/verify-email"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign up again"))
                .click();
        assertThat(page).hasURL(url("/sign-up"));
        fillSignUp(page, "pat.jones@riverside.example", "pat-jones", "Pat", "Jones");
        page.locator("#password").fill(PASSWORD);
        assertThat(page.locator("#email-warning")).isHidden();
        page.locator("button[type=submit]").click();
        assertThat(page.locator("#outcome-title")).hasText("Check your inbox");
        page.navigate(link("pat.jones@riverside.example", "Verify your email address", "/verify-email"));
        assertThat(page.locator("#outcome-title")).hasText("Your email address is verified");
        assertThat(page.locator("#outcome-title")).isFocused();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Sign in").setExact(true))
                .click();
        signInToChat(page, "pat-jones", PASSWORD);
        assertThat(page.locator("#who")).containsText("Pat Jones");
    }

    @Test
    void a_staff_member_resets_a_forgotten_password_through_the_emailed_link_and_signs_in_with_it() {
        String email = "sam.reid@hillside.example";
        createVerifiedAccount("sam-reid", email, "Sam", "Reid");
        String oldSession = http().login("sam-reid", PASSWORD);
        Page page = page(1280);
        page.navigate(url("/forgot-password"));
        page.locator("#login").fill(email);
        page.locator("button[type=submit]").click();
        assertThat(page.locator("#outcome")).containsText("If an account with that username or email address exists");
        String reset = link(email, "Reset your password", "/reset-password");

        page.navigate(reset);
        page.locator("#password").fill("short");
        page.locator("button[type=submit]").click();
        assertThat(page.locator("#error-summary")).isFocused();
        assertThat(page.locator("#error-summary")).containsText("needs at least 8 characters");
        assertThat(page.locator("#password")).hasAttribute("aria-invalid", "true");
        page.locator("#password").fill("Renewed2027");
        page.locator("button[type=submit]").click();

        assertThat(page.locator("#outcome-title")).hasText("Your password is changed");
        assertThat(page.locator("#reset")).isHidden();
        assertThat(http().get("/api/v1/me", oldSession).status())
                .as("the old session ended")
                .isEqualTo(401);
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Sign in").setExact(true))
                .click();
        signInToChat(page, "sam-reid", "Renewed2027");
        assertThat(page.locator("#who")).containsText("Sam Reid");
        Page again = page(1280);
        again.navigate(reset);
        again.locator("#password").fill("Another2028");
        again.locator("button[type=submit]").click();
        assertThat(again.locator("#outcome-title")).hasText("This link was already used");
        assertThat(again.locator("#outcome")).containsText("already used");
    }

    @Test
    void a_candidate_signs_in_with_the_letter_and_is_refused_with_the_reason_once_access_is_removed() throws Exception {
        String officer = http().login("officer@riverside.example", DemoData.PASSWORD);
        long june = seriesId(officer, "June 2026");
        String base = "/api/v1/results-access/" + june;
        assertThat(http().put(
                                base,
                                "{\"mode\":\"SELECTED\",\"agreedToHandleQueries\":true,\"delayDays\":2,"
                                        + "\"contact\":{\"name\":\"Priya Shah\",\"email\":\"exams@riverside.example\"}}",
                                officer)
                        .status())
                .isEqualTo(200);
        long zoe = http().get(base + "/candidates?q=0042", officer)
                .json()
                .at("/items/0/id")
                .asLong();
        assertThat(http().put(base + "/candidates", "{\"give\":[" + zoe + "]}", officer)
                        .status())
                .isEqualTo(200);
        String letters = pdfText(lettersOf(officer, base));
        String username = find(letters, "Username\\s+(\\S+)");
        String password = find(letters, "Password\\s+(\\S{4}-\\S{4}-\\S{4})");
        Page page = page(1280);
        page.navigate(url("/results/sign-in"));
        signInAsCandidate(page, username, password);

        assertThat(page.locator("#welcome")).containsText("Zoë Łukasiewicz");
        assertThat(page.locator("#candidate")).isHidden();
        assertThat(page.locator("#series")).containsText("June 2026");
        assertThat(page.locator("#contact")).containsText("Priya Shah");
        assertThat(page.locator("#contact")).containsText("exams@riverside.example");
        assertThat(page.locator("#results-show")).containsText("2 days after the board's published results date");
        assertThat(page.locator("#notice")).containsText("provisional");
        assertThat(page.locator("#notice")).containsText("screenshots");
        scan(page, "results-signed-in", 1280);

        assertThat(http().put(base + "/candidates", "{\"remove\":[" + zoe + "]}", officer)
                        .status())
                .isEqualTo(200);
        page.locator("#sign-out").click();
        signInAsCandidate(page, username, password);

        assertThat(page.locator("#error-summary")).isFocused();
        assertThat(page.locator("#error-summary"))
                .containsText("has not given you access to results online for June 2026");
        assertThat(page.locator("#signed-in")).isHidden();
    }

    @Test
    void html_typed_into_the_sign_up_form_comes_back_as_text() {
        String html = "<img src=x onerror=alert(1)>";
        Page page = page(1280);
        page.navigate(url("/sign-up"));
        fillSignUp(page, "html.person@school.example", html, html, "Person");
        page.locator("#password").fill(PASSWORD);
        page.locator("button[type=submit]").click();

        assertThat(page.locator("#outcome")).containsText("Your username: " + html);
        assertThat(page.locator("#outcome img")).hasCount(0);
        assertThat(dialogs).isEmpty();
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1280, Chromium.PHONE_WIDTH})
    void every_account_page_has_no_serious_violations(int width) {
        Page page = page(width);
        page.navigate(url("/sign-up"));
        page.locator("#email").fill("someone@hotmail.com");
        page.locator("#password").fill("Exam");
        page.locator("button[type=submit]").click();
        assertThat(page.locator("#error-summary")).isVisible();
        scan(page, "sign-up", width);

        page.navigate(url("/verify-email?token=not-a-real-token"));
        assertThat(page.locator("#outcome-title")).hasText("This link does not work");
        scan(page, "verify-email", width);

        page.navigate(url("/forgot-password"));
        page.locator("#login").fill("someone@hotmail.com");
        scan(page, "forgot-password", width);

        page.navigate(url("/reset-password?token=checked-when-sent"));
        page.locator("#password").fill("Exam2");
        scan(page, "reset-password", width);

        page.navigate(url("/results/sign-in"));
        signInAsCandidate(page, "NOBODY" + width, "Abcd-Efgh-Jkmn");
        assertThat(page.locator("#error-summary")).containsText("not right");
        scan(page, "results-sign-in", width);
    }

    private Page page(int width) {
        Page page = browser.page(width);
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        return page;
    }

    private static void fillSignUp(Page page, String email, String username, String first, String last) {
        page.locator("#email").fill(email);
        page.locator("#email-confirmation").fill(email);
        if (page.locator("#same-as-email").isChecked()) {
            page.locator("#same-as-email").uncheck();
        }
        page.locator("#username").fill(username);
        page.locator("#first-name").fill(first);
        page.locator("#last-name").fill(last);
        page.locator("#country").selectOption("United Kingdom");
        page.locator("#terms").check();
    }

    private static void signInToChat(Page page, String username, String password) {
        assertThat(page.locator("#account")).isVisible();
        page.locator("#staff-username").fill(username);
        page.locator("#staff-password").fill(password);
        page.locator("#staff-form button[type=submit]").click();
    }

    private static void signInAsCandidate(Page page, String username, String password) {
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("#candidate button[type=submit]").click();
    }

    private static void createVerifiedAccount(String username, String email, String first, String last) {
        TestHttp.Response signedUp = http().post(
                        "/api/v1/accounts",
                        "{\"email\":\"" + email + "\",\"emailConfirmation\":\"" + email + "\",\"username\":\""
                                + username + "\",\"password\":\"" + PASSWORD + "\",\"firstName\":\"" + first
                                + "\",\"lastName\":\"" + last + "\",\"country\":\"United Kingdom\","
                                + "\"termsAccepted\":true}",
                        null);
        assertThat(signedUp.status()).as(signedUp.body()).isEqualTo(201);
        String token = URI.create(link(email, "Verify your email address", "/verify-email"))
                .getQuery()
                .substring("token=".length());
        assertThat(http().post("/api/v1/accounts/verify", "{\"token\":\"" + token + "\"}", null)
                        .status())
                .isEqualTo(200);
    }

    /**
     * The link of the newest email with this subject to {@code to}: made from {@code PORTAL_URL} (its default here,
     * the site root on port 7070) and opened on the test's own server.
     */
    private static String link(String to, String subject, String page) {
        String admin = http().login("admin@examdesk.example", DemoData.PASSWORD);
        for (JsonNode mail : http().get("/api/v1/outbox?to=" + to, admin).json().get("items")) {
            if (mail.get("subject").asText().equals(subject)) {
                Matcher m = LINK.matcher(mail.get("body").asText());
                assertThat(m.find()).as(mail.toString()).isTrue();
                URI link = URI.create(m.group(1));
                assertThat(link.toString()).startsWith("http://localhost:7070" + page + "?token=");
                return browser.base()
                        .resolve(link.getRawPath() + "?" + link.getRawQuery())
                        .toString();
            }
        }
        throw new AssertionError("no email \"" + subject + "\" to " + to);
    }

    private static long seriesId(String token, String name) {
        for (JsonNode s : http().get("/api/v1/series", token).json().get("items")) {
            if (s.get("name").asText().equals(name)) {
                return s.get("id").asLong();
            }
        }
        throw new AssertionError("no series " + name);
    }

    /** Generates the letters of the ticked candidates and downloads the PDF, as the officer would. */
    private static byte[] lettersOf(String officer, String base) throws IOException, InterruptedException {
        TestHttp.Response started = http().post(base + "/credentials", "{}", officer);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        long job = started.json().get("id").asLong();
        JsonNode done = Await.atMost(Duration.ofSeconds(60))
                .every(Duration.ofMillis(100))
                .until(
                        "the letters to be made",
                        () -> http().get(base + "/jobs/" + job, officer).json(),
                        v -> !v.get("state").asText().equals("RUNNING"));
        assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("DONE");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        browser.base().resolve(done.get("pdf").asText()))
                                .header("Authorization", "Bearer " + officer)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        return pdf.body();
    }

    /** The letters as text by pdftotext (poppler-utils), keeping each label beside its value. */
    private static String pdfText(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("letters", ".pdf");
        try {
            Files.write(file, pdf);
            Process p = new ProcessBuilder("pdftotext", "-layout", "-enc", "UTF-8", file.toString(), "-").start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as("pdftotext exit code").isZero();
            return text;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }

    private static void scan(Page page, String name, int width) {
        Chromium.screenshot(page, "axe-" + name + "-" + width);
        List<Axe.Violation> all = Axe.scan(page);
        log.info("axe {} at {} px: {} violations in all {}", name, width, all.size(), all);
        assertThat(Axe.seriousOrCritical(all))
                .as("serious or critical axe violations on " + name)
                .isEmpty();
        Object scrollWidth = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) scrollWidth).intValue()).as("page width").isLessThanOrEqualTo(width);
    }

    private static String url(String path) {
        return browser.base().resolve(path).toString();
    }

    private static TestHttp http() {
        return browser.http();
    }
}

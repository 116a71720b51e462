package org.examdesk.bot.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.TestHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A signed-in exams officer fixes a student in each status of domain section 1 in the browser, with one
 * confirmation each; the admin API then shows the change really happened, exactly once. Every test takes its own
 * demo student, picked before any test runs (a reactivation adds a Not Activated student and would reorder a later
 * search), so the tests share one app without touching each other.
 */
class OfficerFixesIT {
    private static final String OFFICER = "officer@riverside.example";
    private static final Pattern REFERENCE = Pattern.compile("Reference: (ED-[0-9A-F]{10})");

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession("fixes");

    private static TestHttp http;
    private static String officer;
    private static String boardAdmin;
    /** The first Riverside students of each status in UCI order, picked before any test changes a status. */
    private static Map<String, JsonNode> students;

    private Page page;

    @BeforeAll
    static void signInAndPickStudents() {
        http = browser.http();
        officer = http.login(OFFICER, DemoData.PASSWORD);
        boardAdmin = http.login("admin@examdesk.example", DemoData.PASSWORD);
        students = new HashMap<>();
        for (String status : List.of("NOT_ACTIVATED", "FAILED_ACTIVATION", "FORGOTTEN_PASSWORD")) {
            students.put(
                    status,
                    http.get("/api/v1/students?status=" + status + "&sort=uci&size=2", officer)
                            .json()
                            .get("items"));
        }
    }

    private ChatPage signedIn() {
        page = browser.page();
        return ChatPage.open(page, browser.base()).signInAsStaff(OFFICER, DemoData.PASSWORD);
    }

    /** The {@code index}-th Riverside student in {@code status} as the class started, in UCI order. */
    private static JsonNode student(String status, int index) {
        return students.get(status).get(index);
    }

    private static JsonNode now(JsonNode student) {
        return http.get("/api/v1/students/" + student.get("id").asLong(), officer)
                .json()
                .get("student");
    }

    /** The student's audit history: one row per change, whoever made it. */
    private static List<JsonNode> changes(JsonNode student) {
        List<JsonNode> changes = new ArrayList<>();
        http.get(
                        "/api/v1/audit?targetType=student&targetId="
                                + student.get("id").asLong(),
                        officer)
                .json()
                .get("items")
                .forEach(changes::add);
        return changes;
    }

    private static int mailsTo(String address) {
        return http.get("/api/v1/outbox?to=" + address, boardAdmin)
                .json()
                .get("items")
                .size();
    }

    private static String reference(ChatPage chat) {
        Matcher m = REFERENCE.matcher(chat.lastBotMessage().innerText());
        assertThat(m.find())
                .as("a reference in: " + chat.lastBotMessage().innerText())
                .isTrue();
        return m.group(1);
    }

    private static String ukDate(String iso) {
        return LocalDate.parse(iso).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    @Test
    void an_officer_changes_the_email_of_a_not_activated_student_with_one_confirmation_and_sees_the_reference() {
        JsonNode student = student("NOT_ACTIVATED", 0);
        String old = student.get("email").asText();
        String corrected = "corrected." + student.get("id").asText() + "@students.riverside.example";
        ChatPage chat = signedIn();

        chat.say("what's wrong with " + student.get("uci").asText());
        assertThat(chat.lastBotMessage()).containsText("The welcome email went to " + old);
        chat.press("No, change it");
        chat.say(corrected);
        assertThat(chat.lastConfirm()).containsText("from " + old + " to " + corrected);
        chat.confirm();

        assertThat(chat.lastBotMessage()).containsText("Done: a new welcome email is on its way to " + corrected);
        String reference = reference(chat);
        assertThat(chat.lastConfirm().getByRole(AriaRole.BUTTON).first()).isDisabled();
        JsonNode after = now(student);
        assertThat(after.get("email").asText()).isEqualTo(corrected);
        assertThat(after.get("status").asText()).isEqualTo("NOT_ACTIVATED");
        List<JsonNode> changes = changes(student);
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).get("action").asText()).isEqualTo("STUDENT_EMAIL_CHANGED");
        assertThat(changes.get(0).get("requestId").asText()).isEqualTo(reference);
        assertThat(changes.get(0).get("actorName").asText()).isEqualTo("Priya Shah");
        assertThat(changes.get(0).get("channel").asText()).isEqualTo("web");
        assertThat(mailsTo(corrected)).isEqualTo(1);
        assertThat(mailsTo(old)).isZero();
    }

    @Test
    void an_officer_resends_the_welcome_email_of_a_not_activated_student_with_one_confirmation() {
        JsonNode student = student("NOT_ACTIVATED", 1);
        String email = student.get("email").asText();
        ChatPage chat = signedIn();

        chat.say("what's wrong with " + student.get("uci").asText());
        assertThat(page.locator("#log")).containsText("Not Activated");
        chat.press("Yes, send the welcome email again");
        assertThat(chat.lastConfirm()).containsText("Send a new welcome email to " + email);
        chat.confirm();

        assertThat(chat.lastBotMessage()).containsText("Done: a new welcome email is on its way to " + email);
        String reference = reference(chat);
        JsonNode after = now(student);
        assertThat(after.get("email").asText()).isEqualTo(email);
        assertThat(after.get("status").asText()).isEqualTo("NOT_ACTIVATED");
        List<JsonNode> changes = changes(student);
        assertThat(changes).extracting(c -> c.get("action").asText()).containsExactly("STUDENT_EMAIL_CHANGED");
        assertThat(changes.get(0).get("requestId").asText()).isEqualTo(reference);
        assertThat(mailsTo(email)).isEqualTo(1);
    }

    @Test
    void an_officer_reactivates_a_failed_activation_once_the_email_and_date_of_birth_are_confirmed_right() {
        JsonNode student = student("FAILED_ACTIVATION", 0);
        String email = student.get("email").asText();
        ChatPage chat = signedIn();

        chat.say("check the account of " + email);
        assertThat(chat.lastBotMessage())
                .containsText("is " + email + " their email address, and is their date of birth right?");
        chat.press("Both are right");
        assertThat(chat.lastConfirm())
                .containsText(
                        "Reactivate the account of " + student.get("forename").asText());
        chat.confirm();

        assertThat(chat.lastBotMessage())
                .containsText("reactivated and a new activation link is on its way to " + email);
        String reference = reference(chat);
        assertThat(now(student).get("status").asText()).isEqualTo("NOT_ACTIVATED");
        List<JsonNode> changes = changes(student);
        assertThat(changes).extracting(c -> c.get("action").asText()).containsExactly("STUDENT_REACTIVATED");
        assertThat(changes.get(0).get("requestId").asText()).isEqualTo(reference);
        assertThat(changes.get(0).at("/before/status").asText()).isEqualTo("FAILED_ACTIVATION");
        assertThat(mailsTo(email)).isEqualTo(1);
    }

    @Test
    void a_wrong_date_of_birth_is_explained_and_a_case_is_opened_with_the_students_details_filled_in() {
        JsonNode student = student("FAILED_ACTIVATION", 1);
        String name =
                student.get("forename").asText() + " " + student.get("surname").asText();
        String uci = student.get("uci").asText();
        ChatPage chat = signedIn();

        chat.say("what's wrong with " + uci);
        chat.press("The date of birth is wrong");
        assertThat(page.locator("#log")).containsText("only the board can correct it");
        chat.say("14/03/2010");
        chat.press("Open a case");
        assertThat(chat.lastBotMessage()).containsText("Which phone number");
        chat.say("01632 960000").say("English");
        chat.press("Send a message");
        assertThat(chat.lastConfirm()).containsText("Wrong date of birth for " + name);
        chat.confirm();

        String shown = page.locator("#log .case").last().innerText();
        Matcher number = Pattern.compile("Case (\\d{8})").matcher(shown);
        assertThat(number.find()).as(shown).isTrue();
        assertThat(chat.botMessageWith("Case " + number.group(1) + " is open")).isVisible();
        assertThat(chat.lastBotMessage()).containsText("Add a file");
        JsonNode opened = http.get("/api/v1/cases/" + number.group(1), officer).json();
        assertThat(opened.get("subject").asText()).isEqualTo("Wrong date of birth for " + name + " (UCI " + uci + ")");
        assertThat(opened.get("subcategory").asText()).isEqualTo("wrong-date-of-birth");
        assertThat(opened.get("description").asText())
                .contains(
                        name,
                        uci,
                        "has the date of birth "
                                + ukDate(student.get("dateOfBirth").asText()),
                        "The correct date of birth is 14/03/2010");
        assertThat(now(student).get("status").asText()).isEqualTo("FAILED_ACTIVATION");
        assertThat(changes(student)).isEmpty();
    }

    @Test
    void a_forgotten_password_is_explained_with_no_staff_action_offered() {
        JsonNode student = student("FORGOTTEN_PASSWORD", 0);
        ChatPage chat = signedIn();

        chat.say("why can't " + student.get("uci").asText() + " sign in");

        assertThat(page.locator("#log")).containsText("Forgotten Password");
        assertThat(chat.lastBotMessage()).containsText("No staff action is needed");
        assertThat(chat.lastBotMessage()).containsText("forgotten-password link");
        assertThat(page.locator("#log li.bot button")).hasCount(0);
        assertThat(page.locator("#log .confirm")).hasCount(0);
        assertThat(now(student).get("status").asText()).isEqualTo("FORGOTTEN_PASSWORD");
        assertThat(changes(student)).isEmpty();
    }
}

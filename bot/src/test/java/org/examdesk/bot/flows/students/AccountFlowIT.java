package org.examdesk.bot.flows.students;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.bot.TestApp;
import org.examdesk.bot.flows.ChatDriver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An exams officer fixes a student in each status of domain section 1, with one confirmation each. */
class AccountFlowIT {
    @RegisterExtension
    static final TestApp session = new TestApp();

    private static TestHttp http;
    private static String officer;

    @BeforeAll
    static void start() {
        http = session.http();
        officer = http.login("officer@riverside.example", DemoData.PASSWORD);
    }

    private static JsonNode firstStudent(String status) {
        JsonNode page = http.get("/api/v1/students?status=" + status + "&size=1&sort=surname", officer)
                .json();
        return page.get("items").get(0);
    }

    private static String statusOf(long id) {
        return http.get("/api/v1/students/" + id, officer)
                .json()
                .at("/student/status")
                .asText();
    }

    @Test
    void a_locked_student_is_reactivated_after_one_confirmation_and_a_replay_does_nothing() {
        ChatDriver chat = new ChatDriver(http, officer);

        chat.say("Sam Patel can't log in to results");
        assertThat(chat.text()).contains("Sam Patel", "Locked", "Reactivate the account of Sam Patel");
        String yes = chat.buttonValue("Yes, do it");
        chat.press("Yes, do it");

        assertThat(chat.text()).contains("Done", "reactivated", "Reference: ED-");
        JsonNode sam = http.get("/api/v1/students?forename=Sam&surname=Patel", officer)
                .json()
                .at("/items/0");
        assertThat(sam.get("status").asText()).isNotEqualTo("LOCKED");

        chat.send("{\"action\":\"" + yes + "\"}");
        assertThat(chat.text()).contains("earlier step");
    }

    @Test
    void a_not_activated_student_gets_a_new_welcome_email_at_a_corrected_address() {
        JsonNode student = firstStudent("NOT_ACTIVATED");
        ChatDriver chat = new ChatDriver(http, officer);

        chat.say("what's wrong with " + student.get("uci").asText());
        assertThat(chat.text()).contains("Not Activated", student.get("email").asText());
        chat.press("No, change it");
        chat.say("new.address@students.riverside.example");
        assertThat(chat.text())
                .contains("from " + student.get("email").asText(), "new.address@students.riverside.example");
        chat.press("Yes, do it");

        assertThat(chat.text()).contains("Done", "new.address@students.riverside.example");
        JsonNode after = http.get("/api/v1/students/" + student.get("id").asLong(), officer)
                .json();
        assertThat(after.at("/student/email").asText()).isEqualTo("new.address@students.riverside.example");
    }

    @Test
    void a_failed_activation_with_the_right_details_is_reactivated() {
        JsonNode student = firstStudent("FAILED_ACTIVATION");
        ChatDriver chat = new ChatDriver(http, officer);

        chat.say("check the account of " + student.get("email").asText());
        assertThat(chat.text()).contains("Failed Activation", "date of birth");
        chat.press("Both are right");
        chat.press("Yes, do it");

        assertThat(chat.text()).contains("Done");
        assertThat(statusOf(student.get("id").asLong())).isNotEqualTo("FAILED_ACTIVATION");
    }

    @Test
    void a_wrong_date_of_birth_is_explained_and_a_case_offered_with_nothing_changed() {
        JsonNode student = firstStudent("FAILED_ACTIVATION");
        ChatDriver chat = new ChatDriver(http, officer);

        chat.say("what's wrong with " + student.get("uci").asText());
        chat.press("The date of birth is wrong");
        assertThat(chat.text()).contains("only the board can correct it", "correct date of birth");
        chat.say("14/03/2010");

        assertThat(chat.text()).contains("Shall I open a case", "to 14/03/2010");
        assertThat(statusOf(student.get("id").asLong())).isEqualTo("FAILED_ACTIVATION");
    }

    @Test
    void a_forgotten_password_needs_no_staff_action() {
        JsonNode student = firstStudent("FORGOTTEN_PASSWORD");
        ChatDriver chat = new ChatDriver(http, officer);

        chat.say("why can't " + student.get("uci").asText() + " sign in");

        assertThat(chat.text()).contains("Forgotten Password", "forgotten-password link");
        assertThat(chat.last().toString()).doesNotContain("Yes, do it");
    }

    @Test
    void removing_mock_access_asks_for_a_reason_and_shows_the_warning() {
        JsonNode student = firstStudent("ACTIVE");
        ChatDriver chat = new ChatDriver(http, officer);

        chat.say("remove mock results access for " + student.get("uci").asText());
        assertThat(chat.text()).contains("exceptional cases only");
        chat.press("Welfare concern");
        chat.press("Yes, do it");

        assertThat(chat.text()).contains("Done", "removed");
        JsonNode after = http.get("/api/v1/students/" + student.get("id").asLong(), officer)
                .json();
        assertThat(after.at("/student/permissions/mock").asBoolean()).isFalse();
        assertThat(after.at("/student/permissions/highStakes").asBoolean())
                .isEqualTo(student.at("/permissions/highStakes").asBoolean());
    }

    @Test
    void another_centres_officer_cannot_find_the_student() {
        String hillside = http.login("officer@hillside.example", DemoData.PASSWORD);
        ChatDriver chat = new ChatDriver(http, hillside);

        chat.say("reactivate Sam Patel");

        assertThat(chat.text()).contains("can't find a student called Sam Patel");
    }

    @Test
    void every_locked_student_in_a_year_is_reactivated_with_one_confirmation() {
        long before = http.get("/api/v1/students?status=LOCKED&schoolYear=10&size=1", officer)
                .json()
                .get("total")
                .asLong();
        ChatDriver chat = new ChatDriver(http, officer);

        chat.say("reactivate every locked student in year 10");
        assertThat(chat.text()).contains(before + " locked students in year 10");
        chat.press("Yes, do it");

        assertThat(chat.text()).contains("Done: " + before + " accounts reactivated");
        assertThat(http.get("/api/v1/students?status=LOCKED&schoolYear=10&size=1", officer)
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
    }

    @Test
    void importing_students_is_explained_with_its_article_and_only_to_those_who_may() {
        // exporting verification codes is done in the chat itself: VerificationCodesChatIT
        ChatDriver officerChat = new ChatDriver(http, officer);
        ChatDriver teacherChat = new ChatDriver(http, http.login("teacher@riverside.example", DemoData.PASSWORD));

        JsonNode importing = officerChat.say("I want to import students from a csv file");
        teacherChat.say("import students from a spreadsheet");

        assertThat(importing.findValuesAsText("text").toString()).contains("Import students from a file", "600");
        assertThat(importing.findValuesAsText("id")).contains("register-students-by-import");
        assertThat(teacherChat.text()).contains("Only your centre's exams officers");
    }
}

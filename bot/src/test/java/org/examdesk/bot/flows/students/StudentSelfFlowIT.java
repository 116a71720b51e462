package org.examdesk.bot.flows.students;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.bot.TestApp;
import org.examdesk.bot.flows.ChatDriver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A student proves who they are in the chat, learns their own status, re-sends their email, and sees no one else. */
class StudentSelfFlowIT {
    @RegisterExtension
    static final TestApp session = new TestApp();

    private static TestHttp http;
    private static JsonNode student;

    @BeforeAll
    static void start() {
        http = session.http();
        String officer = http.login("officer@riverside.example", DemoData.PASSWORD);
        student = http.get("/api/v1/students?status=NOT_ACTIVATED&size=1&sort=surname", officer)
                .json()
                .at("/items/0");
    }

    private static String ukDate(String iso) {
        return LocalDate.parse(iso).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    @Test
    void a_student_checks_their_own_status_and_gets_the_welcome_email_again() {
        ChatDriver chat = new ChatDriver(http, null);

        chat.say("I never got my activation email");
        chat.say(student.get("email").asText());
        chat.say(ukDate(student.get("dateOfBirth").asText()));
        JsonNode replies = chat.say(student.get("uci").asText());

        assertThat(replies.toString()).contains("\"type\":\"signin\"");
        assertThat(chat.text()).contains("Not Activated", student.get("email").asText());
        chat.press("Yes, send it again");
        assertThat(chat.text()).contains("Done", "on its way");
    }

    @Test
    void wrong_details_reveal_nothing() {
        ChatDriver chat = new ChatDriver(http, null);

        chat.say("my account is locked");
        chat.say(student.get("email").asText());
        chat.say("01/01/2000");
        chat.say(student.get("uci").asText());

        assertThat(chat.text())
                .contains("don't match")
                .doesNotContain(student.get("surname").asText());
        assertThat(chat.last().toString()).doesNotContain("signin");
    }

    @Test
    void a_signed_in_student_cannot_act_on_other_students() {
        ChatDriver chat = new ChatDriver(http, null);
        chat.say("what is my account status");
        chat.say(student.get("email").asText());
        chat.say(ukDate(student.get("dateOfBirth").asText()));
        chat.say(student.get("uci").asText());

        chat.say("reactivate Sam Patel");

        assertThat(chat.text())
                .doesNotContain("Reactivate the account of Sam Patel")
                .doesNotContain("401232");
    }
}

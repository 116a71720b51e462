package org.examdesk.bot.flows.students;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.examdesk.admin.db.Database;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.TestCallers;
import org.examdesk.admin.testing.TestDatabase;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.bot.TestApp;
import org.examdesk.bot.flows.ChatDriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Verification codes exported through the HTTP channel against the real admin API: the officer confirms once, the
 * accounts are made, the CSV comes back as a file reply, and the conversation's transcript never holds a code. A
 * teacher is told the API's refusal.
 */
class VerificationCodesChatIT {
    private static Database database;
    private static TestApp app;
    private static TestHttp http;
    private static String officer;
    private static String bot;

    @BeforeAll
    static void start() {
        String url = TestDatabase.freshDemoUrl();
        app = new TestApp().database(url).start();
        database = Database.connect(url, "postgres", null, 1);
        http = app.http();
        officer = http.login("officer@riverside.example", DemoData.PASSWORD);
        bot = new TestCallers(database.jdbi()).service();
    }

    @AfterAll
    static void stop() {
        app.close();
        database.close();
    }

    private static long exportedAccounts() {
        return http.get("/api/v1/students?createdBy=export", officer)
                .json()
                .get("total")
                .asLong();
    }

    private static JsonNode file(JsonNode replies) {
        for (JsonNode reply : replies) {
            if ("file".equals(reply.path("type").asText())) {
                return reply;
            }
        }
        throw new AssertionError("No file in " + replies);
    }

    @Test
    void an_officer_confirms_once_and_gets_the_codes_as_a_file_that_the_transcript_never_holds() {
        long before = exportedAccounts();
        ChatDriver chat = new ChatDriver(http, officer);

        chat.say("export the verification codes for june 2026");

        assertThat(chat.text()).contains("Export the verification codes for June 2026?", "accept responsibility");
        assertThat(exportedAccounts())
                .as("nothing is made before the confirmation")
                .isEqualTo(before);

        JsonNode file = file(chat.press("Yes, do it"));

        assertThat(file.get("name").asText()).isEqualTo("verification-codes-june-2026.csv");
        List<String> lines = file.get("content").asText().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Forename,Surname,UCI,Verification code,Activation URL,Code expires");
        long made = exportedAccounts() - before;
        assertThat(made)
                .as("the demo has entered candidates without an account")
                .isPositive();
        assertThat(lines).hasSize((int) made + 1);
        assertThat(chat.text()).contains("holds " + made + " verification codes for June 2026");
        String firstCode = lines.get(1).split(",")[3];
        String transcript = http.get("/api/v1/conversations/" + chat.id() + "/messages", bot)
                .body();
        assertThat(transcript)
                .contains("verification-codes-june-2026.csv (" + made + " verification codes)")
                .doesNotContain(firstCode);
    }

    @Test
    void a_teacher_is_told_the_apis_refusal_and_nothing_is_made() {
        long before = exportedAccounts();
        ChatDriver chat = new ChatDriver(http, http.login("teacher@riverside.example", DemoData.PASSWORD));

        chat.say("export the verification codes for june 2026");

        assertThat(chat.text())
                .contains(
                        "I could not export verification codes:",
                        "exams officers, exams managers and exams assistants");
        assertThat(chat.replies().findValues("options")).isEmpty();
        assertThat(exportedAccounts()).isEqualTo(before);
    }
}

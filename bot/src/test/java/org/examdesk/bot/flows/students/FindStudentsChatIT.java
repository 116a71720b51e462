package org.examdesk.bot.flows.students;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.bot.TestApp;
import org.examdesk.bot.flows.ChatDriver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An exams officer searches the demo students through the chat and hands the locked ones to the bulk reactivation. */
class FindStudentsChatIT {
    @RegisterExtension
    static final TestApp session = new TestApp();

    private static TestHttp http;
    private static String officer;

    @BeforeAll
    static void start() {
        http = session.http();
        officer = http.login("officer@riverside.example", DemoData.PASSWORD);
    }

    private static JsonNode table(JsonNode replies) {
        for (JsonNode reply : replies) {
            if ("table".equals(reply.path("type").asText())) {
                return reply;
            }
        }
        throw new AssertionError("No table in " + replies);
    }

    @Test
    void locked_year_11_students_are_listed_with_the_apis_total_and_reactivating_them_all_asks_to_confirm() {
        long total = http.get("/api/v1/students?status=LOCKED&schoolYear=11", officer)
                .json()
                .get("total")
                .asLong();
        assertThat(total).as("the demo data has locked year 11 students").isPositive();
        ChatDriver chat = new ChatDriver(http, officer);

        JsonNode replies = chat.say("show me all locked year 11 students");

        JsonNode rows = table(replies).get("rows");
        assertThat(rows.size()).isEqualTo((int) Math.min(total, FindStudentsFlow.PAGE));
        List<String> yearsAndStatuses = new ArrayList<>();
        rows.forEach(row ->
                yearsAndStatuses.add(row.get(2).asText() + " " + row.get(3).asText()));
        assertThat(yearsAndStatuses).isNotEmpty().allMatch("11 Locked"::equals);
        assertThat(chat.text()).contains((total == 1 ? "1 student" : total + " students") + " in year 11, Locked.");
        assertThat(chat.text()).contains("Reactivate all of these?");

        chat.say("reactivate all of these");

        assertThat(chat.text()).contains(total + " locked student", "Reactivate all " + total + "?");
        assertThat(chat.buttonValue("Yes, do it")).isNotBlank();
        assertThat(http.get("/api/v1/students?status=LOCKED&schoolYear=11", officer)
                        .json()
                        .get("total")
                        .asLong())
                .as("nothing changes before the confirmation")
                .isEqualTo(total);
    }

    @Test
    void the_import_template_is_a_download_the_officer_can_fetch() {
        ChatDriver chat = new ChatDriver(http, officer);

        String url = table(chat.say("csv template for students pls"))
                .get("downloadUrl")
                .asText();

        assertThat(url).isEqualTo(StudentFilesFlow.TEMPLATE_URL);
        TestHttp.Response template = http.get(url, officer);
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.body()).contains("Forename", "Surname", "UCI");
    }
}

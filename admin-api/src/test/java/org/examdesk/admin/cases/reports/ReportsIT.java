package org.examdesk.admin.cases.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import org.examdesk.admin.cases.CaseFixtures;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportsIT {
    private static TestServer server;
    private static TestHttp http;

    @BeforeAll
    static void start() {
        server = CaseFixtures.server(Clock.systemUTC());
        http = server.http();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_cases_report_counts_each_day_and_the_share_of_targets_met_by_category_and_queue() {
        String agent = http.login("agent@examdesk.example", DemoData.PASSWORD);
        String number = CaseFixtures.number(http, agent, CaseFixtures.accountsCase("MESSAGE"));

        JsonNode report = http.get("/api/v1/reports/cases?days=30", agent).json();

        assertThat(report.get("perDay")).hasSize(30);
        JsonNode today = report.get("perDay").get(29);
        assertThat(today.get("opened").asLong()).isGreaterThanOrEqualTo(1);
        long opened = 0;
        for (JsonNode d : report.get("perDay")) {
            opened += d.get("opened").asLong();
        }
        assertThat(report.at("/overall/opened").asLong()).isEqualTo(opened);
        assertThat(report.at("/overall/met").asLong()).isPositive();
        assertThat(report.at("/overall/missed").asLong()).isPositive();
        assertThat(report.at("/overall/share").asDouble()).isBetween(0.01, 0.99);
        assertThat(report.get("byQueue").findValuesAsText("value")).contains("centre-accounts");
        assertThat(report.get("byCategory").findValuesAsText("label")).contains("Student results accounts");
        assertThat(number).isNotBlank();
    }

    @Test
    void the_questions_the_bot_could_not_answer_are_grouped() {
        String admin = http.login("admin@examdesk.example", DemoData.PASSWORD);

        JsonNode report = http.get("/api/v1/reports/unanswered?days=30", admin).json();

        assertThat(report.get("questions").asLong()).isPositive();
        JsonNode first = report.get("groups").get(0);
        assertThat(first.get("count").asInt()).isGreaterThan(1);
        assertThat(report.get("groups").findValuesAsText("words").toString()).isNotNull();
        assertThat(report.toString()).contains("late entry");
    }

    @Test
    void reports_are_for_agents_and_board_admins_only_and_bad_ranges_are_refused() {
        String officer = http.login("officer@riverside.example", DemoData.PASSWORD);
        String agent = http.login("agent@examdesk.example", DemoData.PASSWORD);

        assertThat(http.get("/api/v1/reports/cases", officer).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/reports/unanswered", officer).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/reports/cases?days=0", agent).status()).isEqualTo(422);
    }
}

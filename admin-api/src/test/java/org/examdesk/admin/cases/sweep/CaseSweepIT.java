package org.examdesk.admin.cases.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examdesk.admin.cases.CaseFixtures.accountsCase;
import static org.examdesk.admin.cases.CaseFixtures.london;
import static org.examdesk.admin.cases.CaseFixtures.number;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.examdesk.admin.cases.CaseFixtures;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.MutableClock;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CaseSweepIT {
    private static final MutableClock clock = new MutableClock(london("2026-06-01T10:00"));
    private static TestServer server;
    private static TestHttp http;
    private static String officer;
    private static String agent;

    @BeforeAll
    static void start() {
        server = CaseFixtures.server(clock);
        http = server.http();
        officer = http.login("officer@riverside.example", DemoData.PASSWORD);
        agent = http.login("agent@examdesk.example", DemoData.PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_call_case_with_no_call_closes_itself_after_24_hours_and_one_with_a_call_stays_open() {
        clock.set(london("2026-06-08T10:00"));
        var created = CaseFixtures.open(http, officer, accountsCase("CALL"));
        String silent = created.json().get("number").asText();
        assertThat(created.json().get("message").asText()).contains("01632 960 101", silent, "24 hours");
        String called = number(http, officer, accountsCase("CALL"));
        assertThat(http.post("/api/v1/cases/" + called + "/calls", "{\"note\":\"Spoke to Priya.\"}", agent)
                        .status())
                .isEqualTo(201);

        clock.advance(Duration.ofHours(23).plusMinutes(59));
        server.api().cases().sweepOnce();
        assertThat(status(silent)).isEqualTo("NEW");

        clock.advance(Duration.ofMinutes(2));
        server.api().cases().sweepOnce();

        JsonNode details = http.get("/api/v1/cases/" + silent, officer).json();
        assertThat(details.get("status").asText()).isEqualTo("CLOSED");
        assertThat(details.get("closedAt").asText()).isEqualTo(clock.instant().toString());
        assertThat(details.get("activity").findValuesAsText("body")).anyMatch(b -> b.contains("closed itself"));
        assertThat(status(called)).isEqualTo("NEW");
    }

    @Test
    void a_target_passing_without_a_response_is_recorded_once_and_a_responded_case_is_not() {
        clock.set(london("2026-06-15T10:00"));
        var created = CaseFixtures.open(http, officer, accountsCase("MESSAGE"));
        String silent = created.json().get("number").asText();
        Instant due = Instant.parse(created.json().get("dueAt").asText());
        String answered = number(http, officer, accountsCase("MESSAGE"));
        http.post("/api/v1/cases/" + answered + "/replies", "{\"text\":\"On it.\"}", agent);

        clock.set(due.plusSeconds(60));
        server.api().cases().sweepOnce();
        server.api().cases().sweepOnce();

        JsonNode details = http.get("/api/v1/cases/" + silent, officer).json();
        assertThat(details.get("targetMissed").asBoolean()).isTrue();
        assertThat(details.get("activity").findValuesAsText("kind").stream().filter("TARGET_MISSED"::equals))
                .hasSize(1);
        assertThat(http.get("/api/v1/cases/" + answered, officer)
                        .json()
                        .get("targetMissed")
                        .asBoolean())
                .isFalse();
    }

    private static String status(String number) {
        return http.get("/api/v1/cases/" + number, officer).json().get("status").asText();
    }
}

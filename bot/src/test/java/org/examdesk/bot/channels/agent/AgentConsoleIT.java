package org.examdesk.bot.channels.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.bot.TestApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AgentConsoleIT {
    @RegisterExtension
    static final TestApp session = new TestApp();

    private static TestHttp http;

    @BeforeAll
    static void start() {
        http = session.http();
    }

    @Test
    void the_console_is_served_at_agent_without_a_build_step() throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        HttpResponse<String> page = client.send(
                HttpRequest.newBuilder(URI.create(session.base() + "agent")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("ExamDesk agent console", "/agent/agent.js", "/agent/charts.js");
        assertThat(http.get("/agent/agent.js", null).body()).contains("textContent", "/api/v1/agent/queue");
        assertThat(http.get("/agent/charts.js", null).body()).contains("/api/v1/reports/cases");
    }

    @Test
    void an_agent_signed_in_as_the_console_does_sees_the_seeded_queues() {
        String token = http.login("agent@examdesk.example", DemoData.PASSWORD);

        TestHttp.Response queues = http.get("/api/v1/agent/queues", token);
        TestHttp.Response page = http.get("/api/v1/agent/queue?page=1&size=25", token);

        assertThat(queues.json().get("queues").findValuesAsText("value")).contains("centre-accounts", "complaints");
        assertThat(page.json().get("total").asLong()).isGreaterThan(0);
        assertThat(page.json().get("items").size()).isLessThanOrEqualTo(25);
    }
}

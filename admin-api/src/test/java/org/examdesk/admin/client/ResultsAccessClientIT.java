package org.examdesk.admin.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.examdesk.admin.client.ResultsModels.AccessUpdate;
import org.examdesk.admin.client.ResultsModels.Contact;
import org.examdesk.admin.client.ResultsModels.Job;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.Await;
import org.examdesk.admin.testing.TestServer;
import org.examdesk.admin.web.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The typed client the bot uses, against the real API. */
class ResultsAccessClientIT {
    private static TestServer server;
    private static ResultsAccessClient results;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer()
                .clock(Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC))
                .start();
        AdminClient client = new AdminClient(server.base(), HttpClient.newHttpClient(), Json.mapper());
        String token =
                client.login("officer@hillside.example", DemoData.PASSWORD).token();
        results = new ResultsAccessClient(client.as(token, "web"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_bot_can_go_from_no_access_to_letters_for_selected_candidates() {
        long june = results.series(null).items().get(0).id();
        assertThat(results.access(june, null).mode()).isEqualTo("NONE");

        results.updateAccess(
                june,
                null,
                new AccessUpdate("SELECTED", true, new Contact("Daniel Hughes", null, "exams@hillside.example"), 1));
        var page = results.candidates(june, null, "000", 1);
        results.changeCandidates(
                june,
                null,
                List.of(page.items().get(0).id(), page.items().get(1).id()),
                null);
        long started = results.generate(june, null, null).id();
        Job job = Await.atMost(Duration.ofSeconds(60))
                .every(Duration.ofMillis(50))
                .until("the letters job to finish", () -> results.job(june, null, started), j -> !j.running());

        assertThat(job.state()).isEqualTo("DONE");
        assertThat(job.done()).isEqualTo(2);
        assertThat(job.pdf()).contains("/letters.pdf");
        assertThat(results.access(june, null).letters().current()).isEqualTo(2);
    }

    @Test
    void the_api_sentence_reaches_the_bot_when_a_rule_says_no() {
        long june27 = results.series(null).items().get(2).id();

        assertThatThrownBy(() -> results.updateAccess(
                        june27,
                        null,
                        new AccessUpdate("ALL", true, new Contact("Daniel Hughes", "01632 960000", null), 0)))
                .isInstanceOf(AdminApiException.class)
                .hasMessageContaining("can be created from 2027-03-22");
    }
}

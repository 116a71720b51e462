package org.examdesk.admin.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.util.List;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.SlackAdminClient;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestServer;
import org.examdesk.admin.web.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Where cases sit in the agents' Slack channel, and the Slack users a staff user is: the bot's service endpoints. */
class SlackCasePostsIT {
    private static TestServer server;
    private static TestHttp http;
    private static SlackAdminClient slack;
    private static String caseNumber;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer().start();
        http = server.http();
        AdminClient admin = new AdminClient(server.base(), HttpClient.newHttpClient(), Json.mapper());
        slack = new SlackAdminClient(admin.as(server.api().issueServiceToken("examdesk-bot"), "slack"));
        String agent = http.login("agent@examdesk.example", DemoData.PASSWORD);
        caseNumber = http.get("/api/v1/agent/queue", agent)
                .json()
                .get("items")
                .get(0)
                .get("number")
                .asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_saved_post_is_found_by_its_case_and_by_its_message() {
        slack.savePost(caseNumber, "C0AGENTS", "1700000000.000100");

        assertThat(slack.postOf(caseNumber))
                .contains(new SlackAdminClient.CasePost(caseNumber, "C0AGENTS", "1700000000.000100"));
        assertThat(slack.postAt("C0AGENTS", "1700000000.000100").map(SlackAdminClient.CasePost::number))
                .contains(caseNumber);
        assertThat(slack.postAt("C0AGENTS", "1700000000.000999")).isEmpty();
    }

    @Test
    void a_malformed_channel_or_ts_is_refused_naming_both_and_an_unknown_case_is_404() {
        assertThatThrownBy(() -> slack.savePost(caseNumber, "not a channel", "1700000000.000100"))
                .isInstanceOfSatisfying(AdminApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.details()).containsExactly("channelId", "ts");
                });
        assertThatThrownBy(() -> slack.savePost("00000000", "C0AGENTS", "1700000000.000100"))
                .isInstanceOfSatisfying(
                        AdminApiException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThat(slack.postOf("12")).isEmpty();
    }

    @Test
    void the_slack_users_of_a_staff_user_are_listed_for_the_bot_and_only_for_the_bot() {
        String officer = http.login("officer@riverside.example", DemoData.PASSWORD);
        long officerId = http.get("/api/v1/me", officer).json().get("id").asLong();
        String code = http.post("/api/v1/me/slack-link-codes", null, officer)
                .json()
                .get("code")
                .asText();
        slack.redeem("T0001", "U0777", code);

        List<SlackAdminClient.Link> links = slack.linksOf(officerId);

        assertThat(links).containsExactly(new SlackAdminClient.Link("T0001", "U0777"));
        assertThat(http.get("/api/v1/slack/links?userId=" + officerId, officer).status())
                .isEqualTo(403);
        assertThat(http.get("/api/v1/slack/links?userId=abc", null).status()).isEqualTo(401);
    }
}

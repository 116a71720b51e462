package org.examdesk.admin.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.util.Map;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.ClientModels.User;
import org.examdesk.admin.client.SlackAdminClient;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestHttp.Response;
import org.examdesk.admin.testing.TestServer;
import org.examdesk.admin.web.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SlackLinksIT {
    private static TestServer server;
    private static TestHttp http;
    private static AdminClient admin;
    private static AdminClient.Caller bot;
    private static SlackAdminClient slack;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer().start();
        http = server.http();
        admin = new AdminClient(
                server.base(),
                HttpClient.newHttpClient(),
                Json.mapper(),
                server.api().channelKey());
        bot = admin.as(server.api().issueServiceToken("examdesk-bot"), "slack");
        slack = new SlackAdminClient(bot);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String linkCode(String username) {
        Response issued = http.post("/api/v1/me/slack-link-codes", null, http.login(username, DemoData.PASSWORD));
        assertThat(issued.status()).isEqualTo(201);
        return issued.json().get("code").asText();
    }

    @Test
    void a_redeemed_code_lets_the_bot_act_as_the_officer_and_the_audit_names_the_slack_user() {
        String code = linkCode("officer@riverside.example");

        SlackAdminClient.Linked linked = slack.redeem("T0001", "U0001", code.toLowerCase());
        User me = bot.onBehalfOf("slack:T0001:U0001").me();

        assertThat(linked.name()).isEqualTo("Priya Shah");
        assertThat(me.name()).isEqualTo("Priya Shah");
        assertThat(me.roles()).contains("EXAMS_OFFICER");
        Map<String, Object> audit = server.database().jdbi().withHandle(h -> h.createQuery(
                        "select channel, on_behalf_of, after_state::text as after from audit_log where action = 'slack.link' "
                                + "order by id desc limit 1")
                .mapToMap()
                .one());
        assertThat(audit.get("channel")).isEqualTo("slack");
        assertThat((String) audit.get("on_behalf_of")).isEqualTo("examdesk-bot via slack:T0001:U0001");
        assertThat((String) audit.get("after")).doesNotContain(code.replace("-", ""));
    }

    @Test
    void a_code_works_once_and_is_stored_only_as_a_hash() {
        String code = linkCode("assistant@riverside.example");
        slack.redeem("T0001", "U0002", code);

        assertThatThrownBy(() -> slack.redeem("T0001", "U0003", code))
                .isInstanceOfSatisfying(AdminApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.getMessage()).contains("not valid or has expired");
                });
        long plain = server.database().jdbi().withHandle(h -> h.createQuery(
                        "select count(*) from slack_link_codes where encode(code_hash, 'escape') like :c")
                .bind("c", "%" + code.replace("-", "") + "%")
                .mapTo(Long.class)
                .one());
        assertThat(plain).isZero();
    }

    @Test
    void an_expired_code_is_refused() {
        String code = linkCode("manager@riverside.example");
        server.database()
                .jdbi()
                .useHandle(h -> h.execute(
                        "update slack_link_codes set expires_at = now() - interval '1 minute' where used_at is null"));

        assertThatThrownBy(() -> slack.redeem("T0001", "U0004", code))
                .isInstanceOfSatisfying(
                        AdminApiException.class, e -> assertThat(e.status()).isEqualTo(422));
    }

    @Test
    void after_five_wrong_codes_a_slack_user_is_refused_even_a_right_code_for_fifteen_minutes() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> slack.redeem("T0001", "U0066", "ZZZZ-9999"))
                    .isInstanceOfSatisfying(
                            AdminApiException.class, e -> assertThat(e.status()).isEqualTo(422));
        }
        String code = linkCode("assistant@riverside.example");

        assertThatThrownBy(() -> slack.redeem("T0001", "U0066", code))
                .isInstanceOfSatisfying(AdminApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.getMessage()).contains("Wait 15 minutes");
                });
        assertThat(slack.redeem("T0001", "U0067", code).name()).isNotBlank(); // the code itself was not spent
        server.database()
                .jdbi()
                .useHandle(
                        h -> h.execute("update slack_link_failures set failed_at = failed_at - interval '16 minutes'"));
        assertThat(slack.redeem("T0001", "U0066", linkCode("assistant@riverside.example"))
                        .name())
                .isNotBlank();
    }

    @Test
    void an_unlinked_slack_user_is_not_linked_and_a_person_cannot_act_on_behalf_of_anyone() {
        assertThatThrownBy(() -> bot.onBehalfOf("slack:T0001:U9999").me())
                .isInstanceOfSatisfying(AdminApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.error()).isEqualTo("not_linked");
                });
        String officer = http.login("officer@riverside.example", DemoData.PASSWORD);
        assertThatThrownBy(() -> admin.as(officer, "slack")
                        .onBehalfOf("slack:T0001:U0001")
                        .me())
                .isInstanceOfSatisfying(
                        AdminApiException.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void after_unlinking_a_matching_email_does_not_link_again_but_a_link_code_does() {
        slack.linkByVerifiedEmail("T0001", "U0008", "officer@hillside.example");
        slack.unlink("T0001", "U0008");

        assertThatThrownBy(() -> slack.linkByVerifiedEmail("T0001", "U0008", "officer@hillside.example"))
                .isInstanceOfSatisfying(
                        AdminApiException.class, e -> assertThat(e.status()).isEqualTo(404));
        slack.redeem("T0001", "U0008", linkCode("officer@hillside.example"));
        assertThat(bot.onBehalfOf("slack:T0001:U0008").me().name()).isEqualTo("Daniel Hughes");
    }

    @Test
    void a_verified_staff_email_links_and_an_unknown_email_does_not() {
        SlackAdminClient.Linked linked = slack.linkByVerifiedEmail("T0001", "U0005", "Officer@Hillside.example");

        assertThat(linked.name()).isEqualTo("Daniel Hughes");
        assertThat(bot.onBehalfOf("slack:T0001:U0005").me().centre().name()).isEqualTo("Hillside College");
        assertThatThrownBy(() -> slack.linkByVerifiedEmail("T0001", "U0006", "nobody@example.org"))
                .isInstanceOfSatisfying(
                        AdminApiException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void only_the_bot_may_link_and_bad_slack_ids_are_refused() {
        String officer = http.login("officer@riverside.example", DemoData.PASSWORD);
        Response byPerson = http.post(
                "/api/v1/slack/links",
                "{\"teamId\":\"T0001\",\"slackUserId\":\"U0007\",\"code\":\"ABCD2345\"}",
                officer);
        assertThat(byPerson.status()).isEqualTo(403);

        assertThatThrownBy(() -> slack.redeem("T0001", "not an id", "ABCD2345"))
                .isInstanceOfSatisfying(
                        AdminApiException.class, e -> assertThat(e.status()).isEqualTo(422));
    }

    @Test
    void an_event_id_is_a_first_delivery_only_once() {
        assertThat(slack.firstDelivery("Ev0001")).isTrue();
        assertThat(slack.firstDelivery("Ev0001")).isFalse();
    }

    @Test
    void linking_starts_a_fresh_conversation_that_belongs_to_the_staff_user() {
        var before = slack.conversation("T0002", "U0001", "D0001");
        assertThat(slack.conversation("T0002", "U0001", "D0001")).isEqualTo(before);

        slack.redeem("T0002", "U0001", linkCode("teacher@riverside.example"));
        var after = slack.conversation("T0002", "U0001", "D0001");

        assertThat(after).isNotEqualTo(before);
        assertThat(bot.conversation(after).orElseThrow().userId()).isNotNull();
        assertThat(bot.conversation(before).orElseThrow().userId()).isNull();
    }
}

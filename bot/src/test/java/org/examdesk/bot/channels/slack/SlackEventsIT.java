package org.examdesk.bot.channels.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.examdesk.bot.TestApp;
import org.examdesk.bot.channels.slack.SlackRequests.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Slack rules: signatures, the ack, retries, the bot's own messages, rate limits, bad payloads. */
class SlackEventsIT {
    private static TestApp app;
    private static SlackRequests t;

    @BeforeAll
    static void start() {
        app = new TestApp().slack().start();
        t = new SlackRequests(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void slack_verifies_the_url_with_a_challenge() {
        Answer answer =
                t.post("{\"token\":\"legacy\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\","
                        + "\"type\":\"url_verification\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    @Test
    void an_unsigned_a_wrongly_signed_and_a_stale_request_are_refused_with_401() {
        String body = t.eventCallback("EvSig1", t.mention("U0100", "C0100", "hello", "1700000100.000001"));
        long now = Instant.now().getEpochSecond();

        Answer unsigned = t.send(body, null, null, null);
        Answer wrong = t.send(body, String.valueOf(now), "v0=" + "0".repeat(64), null);
        Answer stale = t.post(body, now - Duration.ofMinutes(6).toSeconds(), null);

        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(stale.status()).isEqualTo(401);
        assertThat(stale.body()).contains("\"error\":\"unauthorized\"");
        assertThat(t.slack.calls("chat.postMessage"))
                .noneMatch(c -> c.param("channel").equals("C0100"));
    }

    @Test
    void a_signed_request_dated_more_than_5_minutes_ahead_is_refused_as_a_stale_one_is() {
        String body = t.eventCallback("EvFuture1", t.mention("U0101", "C0101", "hello", "1700000101.000001"));
        long now = Instant.now().getEpochSecond();

        Answer sixMinutes = t.post(body, now + Duration.ofMinutes(6).toSeconds(), null);
        Answer anHour = t.post(body, now + Duration.ofHours(1).toSeconds(), null);
        Answer aYear = t.post(body, now + Duration.ofDays(365).toSeconds(), null);
        Answer fourMinutes = t.post( // a challenge: accepted without posting anything that later tests would see
                "{\"token\":\"legacy\",\"challenge\":\"ahead-by-four\",\"type\":\"url_verification\"}",
                now + Duration.ofMinutes(4).toSeconds(),
                null);

        assertThat(List.of(sixMinutes, anHour, aYear))
                .allSatisfy(a -> assertThat(a.status()).isEqualTo(401));
        assertThat(aYear.body()).contains("\"error\":\"unauthorized\"", "5 minutes");
        assertThat(fourMinutes.status()).isEqualTo(200);
        assertThat(fourMinutes.body()).contains("ahead-by-four");
    }

    @Test
    void a_signed_body_that_is_neither_json_nor_a_form_is_a_400() {
        Answer junk = t.post("this is not a slack payload");
        Answer brokenJson = t.post("{\"type\":");

        assertThat(junk.status()).isEqualTo(400);
        assertThat(brokenJson.status()).isEqualTo(400);
        assertThat(junk.body()).contains("not a Slack payload");
    }

    @Test
    void a_mention_is_acked_at_once_and_answered_in_its_thread_with_an_article() {
        String ts = "1700000200.000001";
        Answer ack = t.post(t.eventCallback("EvMention1", t.mention("U0200", "C0200", "student locked out", ts)));

        assertThat(ack.status()).isEqualTo(200);
        assertThat(ack.millis()).isLessThan(3000);
        FakeSlack.Call posted =
                t.slack.await("chat.postMessage", c -> c.param("channel").equals("C0200"));
        assertThat(posted.param("thread_ts")).isEqualTo(ts);
        assertThat(posted.param("blocks")).contains("/help/").contains("link ABCD-2345");
        assertThat(posted.param("blocks")).doesNotContain(BlockKit.REPLY_ACTION); // unlinked: no buttons
    }

    @Test
    void a_retried_event_is_handled_only_once() {
        String body =
                t.eventCallback("EvRetry1", t.mention("U0300", "C0300", "student locked out", "1700000300.000001"));

        t.post(body);
        Answer retry = t.post(body, Instant.now().getEpochSecond(), "1");
        t.post(body, Instant.now().getEpochSecond(), "2");
        t.slack.await("chat.postMessage", c -> c.param("channel").equals("C0300"));
        // a later, different event in another channel is answered: by then both retries have been dropped
        t.post(t.eventCallback("EvRetry1b", t.mention("U0300", "C0301", "student locked out", "1700000301.000001")));
        t.slack.await("chat.postMessage", c -> c.param("channel").equals("C0301"));

        assertThat(retry.status()).isEqualTo(200);
        assertThat(t.slack.calls("chat.postMessage"))
                .filteredOn(c -> c.param("channel").equals("C0300"))
                .hasSize(1);
    }

    @Test
    void the_bot_ignores_its_own_messages() {
        String own = "{\"type\":\"message\",\"channel\":\"D0400\",\"user\":\"" + FakeSlack.BOT_USER
                + "\",\"text\":\"hello\"," + "\"ts\":\"1700000400.000001\",\"channel_type\":\"im\"}";
        String botMessage =
                "{\"type\":\"message\",\"subtype\":\"bot_message\",\"channel\":\"D0400\",\"bot_id\":\"BBOT\","
                        + "\"text\":\"hello\",\"ts\":\"1700000400.000002\",\"channel_type\":\"im\"}";

        assertThat(t.post(t.eventCallback("EvOwn1", own)).status()).isEqualTo(200);
        assertThat(t.post(t.eventCallback("EvOwn2", botMessage)).status()).isEqualTo(200);
        t.post(t.eventCallback("EvOwn3", t.directMessage("U0400", "D0401", "hello", "1700000400.000003")));
        t.slack.await("chat.postMessage", c -> c.param("channel").equals("D0401"));

        assertThat(t.slack.calls("chat.postMessage"))
                .noneMatch(c -> c.param("channel").equals("D0400"));
    }

    @Test
    void a_rate_limited_post_is_retried_after_the_seconds_slack_asks_for() {
        t.slack.rateLimitNext("chat.postMessage", 1);

        t.post(t.eventCallback("EvRate1", t.directMessage("U0500", "D0500", "hello", "1700000500.000001")));
        FakeSlack.Call posted =
                t.slack.await("chat.postMessage", c -> c.param("channel").equals("D0500"));

        FakeSlack.Call limited = t.slack.calls("chat.postMessage:429").get(0);
        assertThat(Duration.between(limited.at(), posted.at())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }
}

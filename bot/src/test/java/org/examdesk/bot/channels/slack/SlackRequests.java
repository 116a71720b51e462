package org.examdesk.bot.channels.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.app_backend.SlackSignature;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.examdesk.admin.web.Json;
import org.examdesk.bot.TestApp;

/**
 * Requests in Slack's own shapes, signed as Slack signs them, to an app started with Slack on
 * ({@code new TestApp().slack()}); {@link #slack} is the fake Slack that app talks to.
 */
public final class SlackRequests {
    public final FakeSlack slack;
    private final TestApp app;
    private final HttpClient http = HttpClient.newHttpClient();
    private final SlackSignature.Generator signer = new SlackSignature.Generator(FakeSlack.SIGNING_SECRET);
    private final AtomicInteger ids = new AtomicInteger();

    public SlackRequests(TestApp app) {
        this.app = app;
        this.slack = app.fakeSlack();
    }

    public URI base() {
        return app.base();
    }

    /** A fresh id for events and timestamps. */
    public int next() {
        return ids.incrementAndGet();
    }

    /** An Events API callback wrapping {@code event} (JSON), with a unique event id. */
    public String eventCallback(String eventId, String event) {
        return "{\"token\":\"legacy\",\"team_id\":\"" + FakeSlack.TEAM + "\",\"api_app_id\":\"A0001\",\"event\":"
                + event + ",\"type\":\"event_callback\",\"event_id\":\"" + eventId + "\",\"event_time\":1700000000}";
    }

    public String mention(String user, String channel, String text, String ts) {
        return "{\"type\":\"app_mention\",\"user\":\"" + user + "\",\"text\":\"<@" + FakeSlack.BOT_USER + "> " + text
                + "\",\"ts\":\"" + ts + "\",\"channel\":\"" + channel + "\",\"event_ts\":\"" + ts + "\"}";
    }

    public String directMessage(String user, String channel, String text, String ts) {
        return "{\"type\":\"message\",\"channel\":\"" + channel + "\",\"user\":\"" + user + "\",\"text\":\"" + text
                + "\",\"ts\":\"" + ts + "\",\"event_ts\":\"" + ts + "\",\"channel_type\":\"im\"}";
    }

    /** A person's message in a thread of a (non-DM) channel. */
    public String threadMessage(String user, String channel, String threadTs, String text, String ts) {
        return "{\"type\":\"message\",\"channel\":\"" + channel + "\",\"user\":\"" + user + "\",\"text\":\"" + text
                + "\",\"ts\":\"" + ts + "\",\"thread_ts\":\"" + threadTs + "\",\"event_ts\":\"" + ts
                + "\",\"channel_type\":\"channel\"}";
    }

    /** A slash command form, answered through a response URL on the fake server. */
    public String command(String user, String channel, String text, String responseId) {
        return form(Map.of(
                        "token",
                        "legacy",
                        "team_id",
                        FakeSlack.TEAM,
                        "team_domain",
                        "test",
                        "channel_id",
                        channel,
                        "user_id",
                        user,
                        "user_name",
                        "someone",
                        "command",
                        "/examdesk",
                        "text",
                        text,
                        "api_app_id",
                        "A0001",
                        "response_url",
                        slack.responseUrl(responseId)))
                + "&trigger_id=1.2.3";
    }

    /** A block_actions form: {@code user} pressed a button with {@code value} on a message in {@code channel}. */
    public String buttonPress(String user, String channel, String actionId, String value, String threadTs) {
        String thread = threadTs == null ? "" : ",\"thread_ts\":\"" + threadTs + "\"";
        String payload = "{\"type\":\"block_actions\",\"user\":{\"id\":\"" + user
                + "\",\"username\":\"u\",\"name\":\"u\","
                + "\"team_id\":\"" + FakeSlack.TEAM + "\"},\"api_app_id\":\"A0001\",\"token\":\"legacy\","
                + "\"container\":{\"type\":\"message\",\"message_ts\":\"1700000000.000001\",\"channel_id\":\"" + channel
                + "\",\"is_ephemeral\":false},\"trigger_id\":\"1.2.3\",\"team\":{\"id\":\"" + FakeSlack.TEAM
                + "\",\"domain\":\"test\"},\"channel\":{\"id\":\"" + channel
                + "\",\"name\":\"x\"},\"message\":{\"type\":"
                + "\"message\",\"ts\":\"1700000000.000001\",\"text\":\"buttons\"" + thread + "},\"response_url\":\""
                + slack.responseUrl("action") + "\",\"actions\":[{\"action_id\":\"" + actionId
                + "\",\"block_id\":\"b1\","
                + "\"text\":{\"type\":\"plain_text\",\"text\":\"Press\"},\"value\":\"" + value
                + "\",\"type\":\"button\","
                + "\"action_ts\":\"1700000001.000001\"}]}";
        return "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
    }

    /** A view_submission form for a modal with single-input blocks (block id = action id). */
    public String viewSubmission(String user, String callbackId, Map<String, String> values) {
        StringBuilder state = new StringBuilder();
        values.forEach((id, value) -> state.append(state.length() == 0 ? "" : ",")
                .append("\"")
                .append(id)
                .append("\":{\"")
                .append(id)
                .append("\":{\"type\":\"plain_text_input\",\"value\":\"")
                .append(value)
                .append("\"}}"));
        String payload = "{\"type\":\"view_submission\",\"team\":{\"id\":\"" + FakeSlack.TEAM
                + "\",\"domain\":\"test\"},"
                + "\"user\":{\"id\":\"" + user + "\",\"team_id\":\"" + FakeSlack.TEAM + "\"},\"api_app_id\":\"A0001\","
                + "\"token\":\"legacy\",\"trigger_id\":\"1.2.3\",\"view\":{\"id\":\"V0001\",\"type\":\"modal\","
                + "\"callback_id\":\"" + callbackId + "\",\"state\":{\"values\":{" + state + "}}}}";
        return "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
    }

    /**
     * Slack's view_submission for a list to tick ({@link PicksModal}): the modal's private metadata as the app set it,
     * and the options {@code user} chose in its multi-select.
     */
    public String picksSubmission(String user, String metadata, List<String> chosen) {
        StringBuilder options = new StringBuilder();
        for (String value : chosen) {
            options.append(options.length() == 0 ? "" : ",")
                    .append("{\"text\":{\"type\":\"plain_text\",\"text\":\"x\"},\"value\":\"")
                    .append(value)
                    .append("\"}");
        }
        String payload = "{\"type\":\"view_submission\",\"team\":{\"id\":\"" + FakeSlack.TEAM
                + "\",\"domain\":\"test\"},\"user\":{\"id\":\"" + user + "\",\"team_id\":\"" + FakeSlack.TEAM
                + "\"},\"api_app_id\":\"A0001\",\"token\":\"legacy\",\"trigger_id\":\"1.2.3\",\"view\":{\"id\":"
                + "\"VPICK1\",\"type\":\"modal\",\"callback_id\":\"" + PicksModal.CALLBACK + "\",\"private_metadata\":"
                + Json.mapper().valueToTree(metadata) + ",\"state\":{\"values\":{\"picks\":{\"picks\":{\"type\":"
                + "\"multi_static_select\",\"selected_options\":[" + options + "]}}}}}}";
        return "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
    }

    /** The value of the button whose action id is {@code wanted}, or whose label holds it, in a posted message. */
    public String button(FakeSlack.Call call, String wanted) {
        for (JsonNode block : slack.blocks(call)) {
            for (JsonNode element : block.path("elements")) {
                if (wanted.equals(element.path("action_id").asText())
                        || element.at("/text/text").asText().contains(wanted)) {
                    return element.get("value").asText();
                }
            }
        }
        throw new AssertionError("no button " + wanted + " in " + call.param("blocks"));
    }

    /** A value as it sits inside the JSON string of a payload (a button's value that is itself JSON). */
    public static String escaped(String value) {
        String quoted = Json.mapper().valueToTree(value).toString();
        return quoted.substring(1, quoted.length() - 1);
    }

    public record Answer(int status, String body, long millis) {}

    /** A fresh message ts. */
    public String ts() {
        return "1700001000." + String.format("%06d", next());
    }

    /** {@code user} writes {@code text} in their DM {@code channel}; answers the bot's next post there. */
    public FakeSlack.Call dm(String user, String channel, String text) {
        int before = slack.calls("chat.postMessage").size();
        post(eventCallback("Ev" + next(), directMessage(user, channel, text, ts())));
        return answerIn(channel, before);
    }

    /**
     * The first message posted to {@code channel} after the first {@code before} messages that is the bot's answer:
     * notices the bot sends of its own accord (a demo case of the person's closing, an agent's reply) can land in the
     * same DM at any moment and are not answers.
     */
    public FakeSlack.Call answerIn(String channel, int before) {
        return slack.await(
                "chat.postMessage",
                c -> c.param("channel").equals(channel)
                        && slack.calls("chat.postMessage").indexOf(c) >= before
                        && !isCaseNotice(c));
    }

    private static boolean isCaseNotice(FakeSlack.Call call) {
        String text = String.valueOf(call.param("text"));
        return text.startsWith("Your case *") || text.contains("from the support team replied to your case");
    }

    /** Links Slack user {@code slackUser} to the demo account {@code username} with a link code sent in a DM. */
    public void link(String slackUser, String username) {
        String token = app.login(username);
        String code = app.http()
                .post("/api/v1/me/slack-link-codes", null, token)
                .json()
                .get("code")
                .asText();
        String answer = dm(slackUser, "D" + slackUser, "link " + code).param("text");
        if (!answer.contains("Linked")) {
            throw new AssertionError("linking " + slackUser + " failed: " + answer);
        }
    }

    /** Posts to /slack/events signed now. */
    public Answer post(String body) {
        return post(body, Instant.now().getEpochSecond(), null);
    }

    public Answer post(String body, long timestamp, String retryNum) {
        String signature = signer.generate(String.valueOf(timestamp), body);
        return send(body, String.valueOf(timestamp), signature, retryNum);
    }

    public Answer send(String body, String timestamp, String signature, String retryNum) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base().resolve("/slack/events"))
                .header("Content-Type", body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (timestamp != null) {
            request.header("X-Slack-Request-Timestamp", timestamp);
        }
        if (signature != null) {
            request.header("X-Slack-Signature", signature);
        }
        if (retryNum != null) {
            request.header("X-Slack-Retry-Num", retryNum).header("X-Slack-Retry-Reason", "http_timeout");
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        StringBuilder out = new StringBuilder();
        fields.forEach((k, v) -> out.append(out.length() == 0 ? "" : "&")
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return out.toString();
    }
}

package org.examdesk.bot.channels.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.examdesk.bot.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Verification codes asked for in a Slack channel: the conversation goes on in the channel's thread, but the file is
 * uploaded only to the officer's direct message (an im channel), never to the channel, which is told it went there.
 */
class SlackVerificationCodesIT {
    private static final String OFFICER = "U5301";
    private static final String CHANNEL = "C5301";
    /** The direct message the fake answers conversations.open with for the officer. */
    private static final String DM = "D" + OFFICER;
    /** Hillside's officer, who asks in the direct message itself (another centre: its own entered candidates). */
    private static final String HILLSIDE = "U5302";

    private static TestApp app;
    private static SlackRequests t;

    @BeforeAll
    static void start() {
        app = new TestApp().slack().start();
        t = new SlackRequests(app);
        t.link(OFFICER, "officer@riverside.example");
        t.link(HILLSIDE, "officer@hillside.example");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void codes_asked_for_in_a_channel_go_only_to_the_direct_message() {
        String ts = t.ts();
        int before = t.slack.calls("chat.postMessage").size();
        t.post(t.eventCallback(
                "EvCodes" + t.next(), t.mention(OFFICER, CHANNEL, "export the verification codes for june 2026", ts)));
        FakeSlack.Call confirm = t.answerIn(CHANNEL, before);
        assertThat(confirm.param("text")).contains("Export the verification codes for June 2026?");
        assertThat(confirm.param("thread_ts")).isEqualTo(ts);

        before = t.slack.calls("chat.postMessage").size();
        t.post(t.buttonPress(OFFICER, CHANNEL, BlockKit.REPLY_ACTION + "0", button(confirm, "Yes, do it"), ts));

        FakeSlack.Call completed = t.slack.await(
                "files.completeUploadExternal", c -> c.param("channel_id").equals(DM));
        assertThat(completed.param("files")).contains("verification-codes-june-2026.csv");
        assertThat(t.slack.calls("files.getUploadURLExternal"))
                .anyMatch(c -> c.param("filename").equals("verification-codes-june-2026.csv"));
        // Riverside's UCIs start with its centre number, 40123
        String uploaded =
                t.slack.await("upload", c -> c.body().contains(",4012326")).body();
        assertThat(uploaded).startsWith("Forename,Surname,UCI,Verification code,Activation URL,Code expires");
        String firstCode = uploaded.lines().skip(1).findFirst().orElseThrow().split(",")[3];

        FakeSlack.Call told = t.answerIn(CHANNEL, before);
        assertThat(told.param("text"))
                .contains("I have sent verification-codes-june-2026.csv to you privately, in our direct messages")
                .doesNotContain(firstCode);
        assertThat(t.slack.calls("files.completeUploadExternal"))
                .as("uploads go into direct messages only")
                .allMatch(c -> c.param("channel_id").startsWith("D"))
                .noneMatch(c -> c.param("channel_id").equals(CHANNEL));
        assertThat(t.slack.calls("chat.postMessage")).noneMatch(c -> c.all().contains(firstCode));
        assertThat(t.slack.calls("chat.postEphemeral")).noneMatch(c -> c.all().contains(firstCode));
    }

    @Test
    void codes_asked_for_in_the_direct_message_are_uploaded_there() {
        String dm = "D" + HILLSIDE;
        FakeSlack.Call confirm = t.dm(HILLSIDE, dm, "export the verification codes for june 2026");
        assertThat(confirm.param("text")).contains("Export the verification codes for June 2026?");

        int before = t.slack.calls("chat.postMessage").size();
        t.post(t.buttonPress(HILLSIDE, dm, BlockKit.REPLY_ACTION + "0", button(confirm, "Yes, do it"), null));

        FakeSlack.Call completed = t.slack.await(
                "files.completeUploadExternal", c -> c.param("channel_id").equals(dm));
        assertThat(completed.param("files")).contains("verification-codes-june-2026.csv");
        assertThat(t.answerIn(dm, before).param("text"))
                .contains("holds", "verification codes for June 2026", "is here in our direct messages");
    }

    /** The value of the button labelled {@code label} in a posted message. */
    private static String button(FakeSlack.Call call, String label) {
        for (JsonNode block : t.slack.blocks(call)) {
            for (JsonNode element : block.path("elements")) {
                if (element.at("/text/text").asText().contains(label)) {
                    return element.get("value").asText();
                }
            }
        }
        throw new AssertionError("no button " + label + " in " + call.param("blocks"));
    }
}

package org.examdesk.bot.channels.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.examdesk.bot.TestApp;
import org.examdesk.bot.flows.cases.CaseFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A file shared in the bot's direct message while a case is looked at there ("case 12345678") is attached to that
 * case as the linked person, and the answer comes in the same direct message; a refused one stores nothing.
 */
class SlackCaseAttachmentIT {
    private static final byte[] PDF = "%PDF-1.4\nscreenshot notes\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
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

    private static FakeSlack.Call share(String user, String fileId, String name, String type, byte[] body) {
        t.slack.file(fileId, name, type, body);
        String channel = "D" + user;
        int before = t.slack.calls("chat.postMessage").size();
        String ts = t.ts();
        t.post(t.eventCallback(
                "Ev" + t.next(),
                "{\"type\":\"message\",\"subtype\":\"file_share\",\"channel\":\"" + channel + "\",\"user\":\"" + user
                        + "\",\"text\":\"\",\"files\":[{\"id\":\"" + fileId + "\"}],\"ts\":\"" + ts
                        + "\",\"event_ts\":\"" + ts + "\",\"channel_type\":\"im\"}"));
        return t.answerIn(channel, before);
    }

    private static JsonNode attachments(String number) {
        return app.http()
                .get("/api/v1/cases/" + number, app.login("agent@examdesk.example"))
                .json()
                .get("attachments");
    }

    @Test
    void a_file_shared_in_the_dm_while_a_case_is_looked_at_is_attached_to_it_and_answered_in_the_dm() throws Exception {
        t.link("U3001", "officer@riverside.example");
        String number = CaseFiles.openCase(app.base(), "officer@riverside.example");
        assertThat(t.dm("U3001", "DU3001", "case " + number).param("text")).contains("Case " + number);

        FakeSlack.Call answer = share("U3001", "F3001", "notes.pdf", "pdf", PDF);

        assertThat(answer.param("channel")).isEqualTo("DU3001");
        assertThat(answer.param("text")).contains("Attached notes.pdf", "to case " + number);
        JsonNode stored = attachments(number);
        assertThat(stored).hasSize(1);
        HttpResponse<byte[]> download = CaseFiles.download(
                app.base(),
                "/api/v1/cases/" + number + "/attachments/"
                        + stored.get(0).get("id").asLong(),
                app.login("agent@examdesk.example"));
        assertThat(download.body()).isEqualTo(PDF);
    }

    @Test
    void a_file_of_the_case_is_sent_to_the_dm_of_whoever_presses_its_button_and_a_stranger_gets_nothing()
            throws Exception {
        t.link("U3004", "officer@riverside.example");
        String number = CaseFiles.openCase(app.base(), "officer@riverside.example");
        t.dm("U3004", "DU3004", "case " + number);
        share("U3004", "F3004", "notes.pdf", "pdf", PDF);
        FakeSlack.Call page = t.dm("U3004", "DU3004", "case " + number);
        String value = t.button(page, "Send me notes.pdf");

        t.post(t.buttonPress("U3004", "DU3004", CaseFileSends.SEND + "0", SlackRequests.escaped(value), null));

        FakeSlack.Call completed = t.slack.await(
                "files.completeUploadExternal", c -> c.param("files").contains("notes.pdf"));
        assertThat(completed.param("channel_id")).isEqualTo("DU3004");
        assertThat(t.slack
                        .await("upload", c -> c.body().contains("screenshot notes"))
                        .body())
                .isEqualTo(new String(PDF, StandardCharsets.US_ASCII));

        t.link("U3005", "officer@hillside.example");
        int uploads = t.slack.calls("files.completeUploadExternal").size();
        int before = t.slack.calls("chat.postMessage").size();
        t.post(t.buttonPress("U3005", "DU3005", CaseFileSends.SEND + "0", SlackRequests.escaped(value), null));
        FakeSlack.Call refused = t.answerIn("DU3005", before);
        assertThat(refused.param("text")).contains("no such attachment");
        assertThat(t.slack.calls("files.completeUploadExternal"))
                .as("another centre's officer gets no file")
                .hasSize(uploads);
    }

    @Test
    void an_upper_case_extension_shared_in_the_dm_is_refused_and_nothing_is_stored() {
        t.link("U3002", "officer@riverside.example");
        String number = CaseFiles.openCase(app.base(), "officer@riverside.example");
        t.dm("U3002", "DU3002", "case " + number);

        FakeSlack.Call answer = share("U3002", "F3002", "Scan.PDF", "pdf", PDF);

        assertThat(answer.param("channel")).isEqualTo("DU3002");
        assertThat(answer.param("text")).contains("File extensions must be lower case", "Nothing was attached");
        assertThat(attachments(number)).isEmpty();
    }

    @Test
    void a_file_over_ten_megabytes_shared_in_the_dm_is_not_downloaded_and_nothing_is_stored() {
        t.link("U3003", "officer@riverside.example");
        String number = CaseFiles.openCase(app.base(), "officer@riverside.example");
        t.dm("U3003", "DU3003", "case " + number);

        FakeSlack.Call answer = share("U3003", "F3003", "scan.pdf", "pdf", new byte[10 * 1024 * 1024 + 1]);

        assertThat(answer.param("channel")).isEqualTo("DU3003");
        assertThat(answer.param("text")).contains("limited to 10 MB", "Nothing was attached");
        assertThat(attachments(number)).isEmpty();
    }
}

package org.examdesk.bot.channels.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.examdesk.admin.client.Multipart;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.bot.TestApp;
import org.examdesk.bot.flows.cases.CaseFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A requester adds a file to their case from the web chat, as the page does it (the case looked at with "case
 * 12345678", then the file posted to the conversation's upload endpoint); an agent downloads the same bytes from the
 * admin API, and the requester from the link the chat's case page shows. A refused file stores nothing.
 */
class CaseAttachmentUploadIT {
    private static final byte[] PDF =
            "%PDF-1.4\nevidence of the locked account\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @RegisterExtension
    static final TestApp session = new TestApp();

    private static TestHttp http;
    private static String officer;
    private static String agent;

    @BeforeAll
    static void start() {
        http = session.http();
        officer = http.login("officer@riverside.example", DemoData.PASSWORD);
        agent = http.login("agent@examdesk.example", DemoData.PASSWORD);
    }

    /** A web-chat conversation of the officer's, looking at case {@code number}. */
    private static String lookingAt(String number) {
        String id = http.post("/bot/v1/conversations", null, officer)
                .json()
                .get("id")
                .asText();
        JsonNode replies = say(id, "case " + number);
        assertThat(replies.toString()).contains("Case " + number, "Add a file");
        return id;
    }

    private static JsonNode say(String conversation, String text) {
        return http.post("/bot/v1/conversations/" + conversation + "/messages", "{\"text\":\"" + text + "\"}", officer)
                .json()
                .get("replies");
    }

    private static JsonNode upload(String conversation, String filename, String type, byte[] content) throws Exception {
        Multipart body = Multipart.of(Map.of(), new Multipart.FilePart("file", filename, type, content));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(session.base() + "bot/v1/conversations/" + conversation + "/files"))
                .header("Content-Type", body.contentType())
                .header("Authorization", "Bearer " + officer)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body()).get("replies");
    }

    private static JsonNode attachments(String number) {
        return http.get("/api/v1/cases/" + number, officer).json().get("attachments");
    }

    @Test
    void a_file_sent_while_the_case_is_looked_at_is_attached_and_the_agent_downloads_the_same_bytes() throws Exception {
        String number = CaseFiles.openCase(session.base(), "officer@riverside.example");
        String conversation = lookingAt(number);

        JsonNode answer = upload(conversation, "evidence.pdf", "application/pdf", PDF);

        assertThat(answer.toString()).contains("Attached evidence.pdf", "to case " + number);
        JsonNode stored = attachments(number);
        assertThat(stored).hasSize(1);
        String path = "/api/v1/cases/" + number + "/attachments/"
                + stored.get(0).get("id").asLong();
        HttpResponse<byte[]> byAgent = CaseFiles.download(session.base(), path, agent);
        assertThat(byAgent.statusCode()).isEqualTo(200);
        assertThat(byAgent.body()).isEqualTo(PDF);

        JsonNode page = say(conversation, "case " + number);
        JsonNode files = null;
        for (JsonNode reply : page) {
            if (reply.get("type").asText().equals("files")) {
                files = reply;
            }
        }
        assertThat(files).as(page.toString()).isNotNull();
        assertThat(files.at("/files/0/name").asText()).isEqualTo("evidence.pdf");
        assertThat(files.at("/files/0/url").asText()).isEqualTo(path);
        assertThat(CaseFiles.download(session.base(), path, officer).body()).isEqualTo(PDF);
    }

    @Test
    void a_file_with_an_upper_case_extension_is_refused_with_the_rule_and_nothing_is_stored() throws Exception {
        String number = CaseFiles.openCase(session.base(), "officer@riverside.example");
        String conversation = lookingAt(number);

        JsonNode answer = upload(conversation, "Report.PDF", "application/pdf", PDF);

        assertThat(answer.toString())
                .contains("File extensions must be lower case", "Report.pdf", "Nothing was attached to case " + number);
        assertThat(attachments(number)).isEmpty();
    }

    @Test
    void a_file_over_ten_megabytes_is_refused_with_the_limit_and_nothing_is_stored() throws Exception {
        String number = CaseFiles.openCase(session.base(), "officer@riverside.example");
        String conversation = lookingAt(number);
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);

        JsonNode answer = upload(conversation, "scan.pdf", "application/pdf", large);

        assertThat(answer.toString()).contains("limited to 10 MB", "Nothing was attached to case " + number);
        assertThat(attachments(number)).isEmpty();
    }

    @Test
    void a_file_that_is_not_for_a_case_is_still_taken_as_an_import() throws Exception {
        String conversation = http.post("/bot/v1/conversations", null, officer)
                .json()
                .get("id")
                .asText();

        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(session.base() + "bot/v1/conversations/" + conversation + "/files"))
                .build();
        Multipart body = Multipart.of(Map.of(), new Multipart.FilePart("file", "evidence.pdf", "application/pdf", PDF));
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(request.uri())
                                .header("Content-Type", body.contentType())
                                .header("Authorization", "Bearer " + officer)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains(".csv and .xlsx");
    }
}

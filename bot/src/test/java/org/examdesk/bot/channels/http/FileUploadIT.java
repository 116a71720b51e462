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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FileUploadIT {
    private static final byte[] CSV = "forename,surname\nAnn,Lee\n".getBytes(StandardCharsets.UTF_8);

    @RegisterExtension
    static final TestApp session = new TestApp();

    private static TestHttp http;
    private static String officer;

    @BeforeAll
    static void start() {
        http = session.http();
        officer = http.login("officer@riverside.example", DemoData.PASSWORD);
    }

    private static String conversation(String token) {
        return http.post("/bot/v1/conversations", null, token).json().get("id").asText();
    }

    private record Answer(int status, JsonNode json) {}

    private static Answer upload(String conversation, String token, String filename, byte[] content, String consent)
            throws Exception {
        Multipart body = Multipart.of(
                consent == null ? Map.of() : Map.of("consent", consent),
                new Multipart.FilePart("file", filename, "text/csv", content));
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(session.base() + "bot/v1/conversations/" + conversation + "/files"))
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response =
                HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), new ObjectMapper().readTree(response.body()));
    }

    @Test
    void an_officer_uploading_a_file_with_a_bad_row_gets_the_report_with_the_row_in_a_table() throws Exception {
        String id = conversation(officer);
        byte[] csv = ("Forename,Surname,UCI,Email,Date of birth,School year\n"
                        + "Amy,Smith,SHORT,not-an-email,someday,11\n")
                .getBytes(StandardCharsets.UTF_8);

        Answer answer = upload(id, officer, "year11.csv", csv, "true");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().at("/replies/0/text").asText())
                .contains("0 students imported", "1 row was not imported");
        JsonNode table = answer.json().at("/replies/1");
        assertThat(table.get("type").asText()).isEqualTo("table");
        assertThat(table.get("columns").toString()).contains("Row", "Email", "Problems");
        assertThat(table.at("/rows/0").toString()).contains("not-an-email");
        assertThat(table.get("downloadUrl").asText()).startsWith("/api/v1/students/imports/");
    }

    @Test
    void a_file_the_import_cannot_read_is_explained_in_words() throws Exception {
        Answer answer = upload(conversation(officer), officer, "year11.csv", CSV, "true");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().at("/replies/0/text").asText()).contains("template");
    }

    @Test
    void the_file_must_be_csv_or_xlsx_not_empty_and_come_with_consent() throws Exception {
        String id = conversation(officer);

        Answer wrongType = upload(id, officer, "students.pdf", CSV, "true");
        Answer empty = upload(id, officer, "students.csv", new byte[0], "true");
        Answer noConsent = upload(id, officer, "students.csv", CSV, null);

        assertThat(wrongType.status()).isEqualTo(422);
        assertThat(wrongType.json().get("message").asText()).contains(".csv and .xlsx");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(noConsent.status()).isEqualTo(422);
        assertThat(noConsent.json().get("details").get(0).asText()).isEqualTo("consent");
    }

    @Test
    void nobody_can_upload_into_someone_elses_conversation_and_anonymous_visitors_cannot_import() throws Exception {
        String id = conversation(officer);
        String other = http.login("officer@hillside.example", DemoData.PASSWORD);

        assertThat(upload(id, other, "a.csv", CSV, "true").status()).isEqualTo(404);
        assertThat(upload(conversation(null), null, "a.csv", CSV, "true").status())
                .isEqualTo(403);
    }
}

package org.examdesk.admin.cases.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examdesk.admin.cases.CaseFixtures.accountsCase;
import static org.examdesk.admin.cases.CaseFixtures.number;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import org.examdesk.admin.cases.CaseFixtures;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AttachmentsIT {
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static TestServer server;
    private static TestHttp http;
    private static String officer;

    record Upload(int status, JsonNode json) {}

    @BeforeAll
    static void start() {
        server = CaseFixtures.server(Clock.systemUTC());
        http = server.http();
        officer = http.login("officer@riverside.example", DemoData.PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_pdf_is_stored_with_its_sha256_and_only_the_right_people_can_download_it() throws Exception {
        String number = number(http, officer, accountsCase("MESSAGE"));

        Upload upload = upload(number, "results-letter.pdf", PDF, officer);

        assertThat(upload.status()).isEqualTo(201);
        assertThat(upload.json().get("sha256").asText()).isEqualTo(Sha256.hex(PDF));
        assertThat(upload.json().get("contentType").asText()).isEqualTo("application/pdf");
        long id = upload.json().get("id").asLong();
        String path = "/api/v1/cases/" + number + "/attachments/" + id;
        assertThat(download(path, officer)).isEqualTo(PDF);
        assertThat(download(path, http.login("agent@examdesk.example", DemoData.PASSWORD)))
                .isEqualTo(PDF);
        assertThat(download(path, http.login("assistant@riverside.example", DemoData.PASSWORD)))
                .isEqualTo(PDF);
        assertThat(http.get(path, http.login("teacher@riverside.example", DemoData.PASSWORD))
                        .status())
                .isEqualTo(404);
        assertThat(http.get(path, http.login("officer@hillside.example", DemoData.PASSWORD))
                        .status())
                .isEqualTo(404);
        JsonNode details = http.get("/api/v1/cases/" + number, officer).json();
        assertThat(details.get("activity").findValuesAsText("kind")).contains("ATTACHMENT_ADDED");
    }

    @Test
    void a_file_of_ten_megabytes_and_one_byte_is_refused_naming_the_limit() throws Exception {
        String number = number(http, officer, accountsCase("MESSAGE"));
        byte[] big = Arrays.copyOf(PDF, (int) AttachmentRules.MAX_BYTES + 1);

        Upload upload = upload(number, "big.pdf", big, officer);

        assertThat(upload.status()).isEqualTo(413);
        assertThat(upload.json().get("message").asText()).contains("10 MB");
    }

    @Test
    void an_upper_case_extension_is_refused_with_the_lower_case_rule_explained() throws Exception {
        String number = number(http, officer, accountsCase("MESSAGE"));

        Upload upload = upload(number, "Report.PDF", PDF, officer);

        assertThat(upload.status()).isEqualTo(422);
        assertThat(upload.json().get("message").asText()).contains("lower case", "Report.pdf");
    }

    @Test
    void an_executable_renamed_pdf_and_a_picture_renamed_pdf_are_refused() throws Exception {
        String number = number(http, officer, accountsCase("MESSAGE"));
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};

        Upload program = upload(number, "results.pdf", exe, officer);
        Upload picture = upload(number, "results.pdf", png, officer);

        assertThat(program.status()).isEqualTo(422);
        assertThat(program.json().get("message").asText()).contains("program");
        assertThat(picture.status()).isEqualTo(422);
        assertThat(picture.json().get("message").asText()).contains("not a .pdf");
        assertThat(upload(number, "setup.exe", exe, officer)
                        .json()
                        .get("message")
                        .asText())
                .contains("Allowed");
        assertThat(upload(number, "photo.png", png, officer).status()).isEqualTo(201);
    }

    @Test
    void someone_else_cannot_attach_to_my_case() throws Exception {
        String number = number(http, officer, accountsCase("MESSAGE"));

        assertThat(upload(number, "a.pdf", PDF, http.login("officer@hillside.example", DemoData.PASSWORD))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void a_file_sent_again_with_its_idempotency_key_is_stored_once() throws Exception {
        String number = number(http, officer, accountsCase("MESSAGE"));
        byte[] other = "%PDF-1.7\n2 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        Upload first = upload(number, "letter.pdf", PDF, officer, "attach-retry-0001");
        Upload retry = upload(number, "letter.pdf", PDF, officer, "attach-retry-0001");
        Upload otherFile = upload(number, "letter.pdf", other, officer, "attach-retry-0001");

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("id").asLong())
                .isEqualTo(first.json().get("id").asLong());
        assertThat(otherFile.status())
                .as("another file with the same key is refused")
                .isEqualTo(422);
        JsonNode details = http.get("/api/v1/cases/" + number, officer).json();
        assertThat(details.get("attachments")).hasSize(1);
        assertThat(details.get("activity").findValuesAsText("kind")).containsOnlyOnce("ATTACHMENT_ADDED");
    }

    private static Upload upload(String number, String fileName, byte[] content, String token) throws Exception {
        return upload(number, fileName, content, token, null);
    }

    private static Upload upload(String number, String fileName, byte[] content, String token, String key)
            throws Exception {
        String boundary = "----examdesk" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        server.base().resolve("/api/v1/cases/" + number + "/attachments"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        HttpResponse<String> response =
                HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Upload(response.statusCode(), new ObjectMapper().readTree(response.body()));
    }

    private static byte[] download(String path, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.base() + path.substring(1)))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        HttpResponse<byte[]> response =
                HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment");
        return response.body();
    }
}

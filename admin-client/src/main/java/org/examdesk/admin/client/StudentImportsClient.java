package org.examdesk.admin.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.examdesk.admin.client.StudentModels.ImportResult;

/** Bulk student accounts: the import template, an upload, its rejected rows, and the verification-code export. */
public final class StudentImportsClient {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final AdminClient.Caller caller;

    public StudentImportsClient(AdminClient.Caller caller) {
        this.caller = caller;
    }

    public String template() {
        return text(caller.sendRaw("GET", "/api/v1/students/imports/template.csv", null, null, Map.of()));
    }

    /** Uploads a CSV or .xlsx file; {@code consent} is the uploader's warranty that students consented. */
    public ImportResult upload(String fileName, byte[] file, boolean consent) {
        String boundary = "examdesk-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"consent\"\r\n\r\n" + consent + "\r\n");
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                        + fileName.replace("\"", "") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(file);
        write(body, "\r\n--" + boundary + "--\r\n");
        byte[] answer = caller.sendRaw(
                "POST",
                "/api/v1/students/imports",
                "multipart/form-data; boundary=" + boundary,
                body.toByteArray(),
                Map.of());
        try {
            return JSON.readValue(answer, ImportResult.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rejected rows of an import as CSV, from its {@code rejectedCsvUrl}. */
    public String rejectedCsv(String rejectedCsvUrl) {
        return text(caller.sendRaw("GET", rejectedCsvUrl, null, null, Map.of()));
    }

    /** Creates accounts for the series' entered candidates without one and returns the CSV of their codes. */
    public String exportVerificationCodes(String series, boolean responsibilityAccepted, boolean reissue) {
        byte[] request = ("{\"responsibilityAccepted\":" + responsibilityAccepted + ",\"reissue\":" + reissue + "}")
                .getBytes(StandardCharsets.UTF_8);
        return text(caller.sendRaw(
                "POST", "/api/v1/series/" + series + "/verification-codes", "application/json", request, Map.of()));
    }

    private static String text(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}

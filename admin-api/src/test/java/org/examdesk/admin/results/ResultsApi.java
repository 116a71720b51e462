package org.examdesk.admin.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.Await;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestHttp.Response;
import org.examdesk.admin.testing.TestServer;

/** Calls of the results-access API that the tests share, made as one signed-in person. */
public final class ResultsApi {
    /** 22 November 2026: June and November 2026 are open, June 2027 is not. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    static final ObjectMapper JSON = new ObjectMapper();
    private final TestHttp http;
    private final URI base;
    private final String token;

    ResultsApi(TestHttp http, URI base, String token) {
        this.http = http;
        this.base = base;
        this.token = token;
    }

    /** The exams officer of the demo centre {@code centre} ("riverside", "hillside"), signed in. */
    public static ResultsApi officerOf(TestServer server, String centre) {
        TestHttp http = server.http();
        return new ResultsApi(http, server.base(), http.login("officer@" + centre + ".example", DemoData.PASSWORD));
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public long seriesId(String name) {
        for (JsonNode s : http.get("/api/v1/series", token).json().get("items")) {
            if (s.get("name").asText().equals(name)) {
                return s.get("id").asLong();
            }
        }
        throw new IllegalStateException("no series " + name);
    }

    public Response put(long series, String query, Map<String, Object> settings) {
        return http.put("/api/v1/results-access/" + series + query, json(settings), token);
    }

    /**
     * Confirms these settings (ALL or SELECTED) and waits for the letters job the confirmation started; the job's
     * view when done.
     */
    public JsonNode confirm(long series, String query, Map<String, Object> settings) {
        Response confirmed = put(series, query, settings);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        JsonNode job = confirmed.json().get("lettersJob");
        assertThat(job.isNull()).as("a letters job in " + confirmed.body()).isFalse();
        return awaitJob(series, job.get("id").asLong(), query);
    }

    public static Map<String, Object> access(String mode, int delay, String contactName) {
        return Map.of(
                "mode",
                mode,
                "agreedToHandleQueries",
                true,
                "delayDays",
                delay,
                "contact",
                Map.of("name", contactName, "email", "exams@centre.example"));
    }

    public Response get(String path) {
        return http.get(path, token);
    }

    public Response send(String method, String path, Object body) {
        return http.send(method, path, body == null ? null : json(body), token);
    }

    /** Starts a job and waits (bounded) until it is no longer RUNNING. */
    public JsonNode generate(long series, String query) {
        return generate(series, query, Map.of());
    }

    /** The same, with a body such as {@code {"scope": "ALL"}}. */
    public JsonNode generate(long series, String query, Map<String, Object> body) {
        Response started = http.post("/api/v1/results-access/" + series + "/credentials" + query, json(body), token);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        return awaitJob(series, started.json().get("id").asLong(), query);
    }

    JsonNode awaitJob(long series, long job, String query) {
        JsonNode view = Await.atMost(Duration.ofSeconds(60))
                .every(Duration.ofMillis(50))
                .until(
                        "job " + job + " to finish",
                        () -> http.get("/api/v1/results-access/" + series + "/jobs/" + job + query, token)
                                .json(),
                        v -> !v.get("state").asText().equals("RUNNING"));
        assertThat(view.get("state").asText()).as(view.toString()).isEqualTo("DONE");
        return view;
    }

    public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    Path downloadTo(String path, Path file) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = download(path);
        assertThat(response.statusCode()).isEqualTo(200);
        Files.write(file, response.body());
        return file;
    }

    /** Page texts by PDFBox's own text extraction (pdftotext is checked separately). */
    public static List<String> pages(byte[] pdf) throws IOException {
        try (var doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc).replaceAll("\\s+", " "));
            }
            return pages;
        }
    }

    /** The password printed on a page of a letter. */
    public static String password(String page) {
        var m = Pattern.compile("Password\\s+(\\S{4}-\\S{4}-\\S{4})").matcher(page);
        assertThat(m.find()).as(page).isTrue();
        return m.group(1);
    }

    public static String username(String page) {
        var m = Pattern.compile("Username\\s+(\\S+)").matcher(page);
        assertThat(m.find()).as(page).isTrue();
        return m.group(1);
    }

    public Response login(String username, String password) {
        return http.post(
                "/api/v1/candidate-auth/login", json(Map.of("username", username, "password", password)), null);
    }
}

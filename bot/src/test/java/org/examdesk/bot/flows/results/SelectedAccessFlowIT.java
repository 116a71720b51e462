package org.examdesk.bot.flows.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.Await;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.web.Json;
import org.examdesk.bot.TestApp;
import org.examdesk.bot.flows.ChatDriver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Selected candidates in the chat, end to end: two candidates ticked get access and letters, one of them signs in
 * with the username and password read from the letters PDF, is taken off in the chat, and is refused at once.
 */
class SelectedAccessFlowIT {
    @RegisterExtension
    static final TestApp session = new TestApp();

    private static TestHttp http;
    private static String officer;

    @BeforeAll
    static void start() {
        http = session.http();
        officer = http.login("officer@riverside.example", DemoData.PASSWORD);
    }

    @Test
    void two_ticked_candidates_get_letters_and_one_taken_off_in_the_chat_can_no_longer_sign_in() throws Exception {
        ChatDriver chat = new ChatDriver(http, officer);
        chat.say("give results access to 0042 and 0043 for june");
        assertThat(labels(chat)).hasSize(2);
        chat.tick("(0042)", "(0043)");
        assertThat(chat.text()).contains("What is that person's name?");
        chat.say("Priya Shah");
        chat.say("exams@riverside.example");
        chat.press("No delay");
        assertThat(chat.text()).contains("give access to", "(0042)", "(0043)", "NO candidates to SELECTED");
        chat.press("Yes, do it");
        String pdf = awaitLetters(chat);

        String base = "/api/v1/results-access/" + seriesId("June 2026");
        assertThat(http.get(base, officer).json().get("mode").asText()).isEqualTo("SELECTED");
        assertThat(http.get(base, officer).json().at("/letters/withAccess").asInt())
                .isEqualTo(2);
        String letters = pdfText(download(pdf));
        String username = find(letters, "Username\\s+(\\S+)");
        String password = find(letters, "Password\\s+(\\S{4}-\\S{4}-\\S{4})");
        TestHttp.Response signedIn = signIn(username, password);
        assertThat(signedIn.status()).as(signedIn.body()).isIn(200, 201);
        String number = signedIn.json().get("candidateNumber").asText();
        assertThat(number).isIn("0042", "0043");

        ChatDriver later = new ChatDriver(http, officer);
        later.say("take " + number + " off results access for june");
        later.tick();
        assertThat(later.text()).contains("Take access away from", "(" + number + ")", "stop working");
        later.press("Yes, do it");
        assertThat(later.text()).contains("Access removed at once", "no longer work");

        TestHttp.Response refused = signIn(username, password);
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(http.get(base, officer).json().at("/letters/withAccess").asInt())
                .isEqualTo(1);
    }

    @Test
    void an_unknown_name_changes_nothing() {
        ChatDriver chat = new ChatDriver(http, officer);
        chat.say("give results access to Zebedee Quuxworth for june");

        assertThat(chat.text()).contains("I found no candidate", "Zebedee Quuxworth", "nothing was changed");
        assertThat(http.get("/api/v1/results-access/" + seriesId("June 2026"), officer)
                        .json()
                        .get("mode")
                        .asText())
                .isIn("NONE", "SELECTED");
    }

    private static TestHttp.Response signIn(String username, String password) {
        return http.post(
                "/api/v1/candidate-auth/login",
                "{\"username\":" + Json.mapper().valueToTree(username) + ",\"password\":"
                        + Json.mapper().valueToTree(password) + "}",
                null);
    }

    /** The labels of the latest list to tick. */
    private static List<String> labels(ChatDriver chat) {
        List<String> labels = new ArrayList<>();
        for (JsonNode reply : chat.replies()) {
            if ("picks".equals(reply.path("type").asText())) {
                reply.get("options").forEach(o -> labels.add(o.get("label").asText()));
            }
        }
        return labels;
    }

    /** Asks for the status every 250 ms (at most 60 s) until the letters are ready; the PDF's path. */
    private static String awaitLetters(ChatDriver chat) {
        AtomicBoolean looked = new AtomicBoolean();
        Await.atMost(Duration.ofSeconds(60))
                .every(Duration.ofMillis(250))
                .until(
                        "the letters to be ready",
                        () -> {
                            if (looked.getAndSet(true)) {
                                chat.say("status");
                            }
                            return chat.text();
                        },
                        text -> text.contains("The letters are ready"));
        return find(chat.text(), "(/api/v1/\\S+letters\\.pdf\\S*)");
    }

    private static byte[] download(String path) throws Exception {
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(session.base().resolve(path))
                                .header("Authorization", "Bearer " + officer)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        return pdf.body();
    }

    /** The letters as text by pdftotext (poppler-utils), keeping each label beside its value. */
    private static String pdfText(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("letters", ".pdf");
        try {
            Files.write(file, pdf);
            Process p = new ProcessBuilder("pdftotext", "-layout", "-enc", "UTF-8", file.toString(), "-").start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as("pdftotext exit code").isZero();
            return text;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }

    private static long seriesId(String name) {
        for (JsonNode s : http.get("/api/v1/series", officer).json().get("items")) {
            if (s.get("name").asText().equals(name)) {
                return s.get("id").asLong();
            }
        }
        throw new AssertionError("no series " + name);
    }
}

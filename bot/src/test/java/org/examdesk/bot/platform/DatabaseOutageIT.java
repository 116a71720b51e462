package org.examdesk.bot.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.Await;
import org.examdesk.admin.testing.TestHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fault suite's database part: the real jar on its embedded PostgreSQL, whose server is killed with SIGKILL
 * while requests run. No request waits more than 5 s, one that needs the database gets its answer or a 503 with a
 * sentence, {@code /health} says when the database is down, the article search keeps answering, and ExamDesk
 * starts its PostgreSQL again by itself, without a restart of its own.
 */
class DatabaseOutageIT {
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(5);

    private JarProcesses runs;
    private Process app;
    private TestHttp http;

    @BeforeEach
    void start() throws Exception {
        runs = new JarProcesses("outage");
        int port = JarProcesses.freePort();
        app = runs.start("app", port);
        runs.awaitReady(app, "app");
        http = new TestHttp(URI.create("http://127.0.0.1:" + port));
    }

    @AfterEach
    void stop() throws Exception {
        app.destroy();
        app.waitFor(60, TimeUnit.SECONDS);
        runs.killAll();
    }

    @Test
    void a_killed_database_is_answered_with_a_503_in_seconds_and_started_again_without_a_restart() throws Exception {
        String token = http.post(
                        "/api/v1/sessions",
                        "{\"username\":\"officer@riverside.example\",\"password\":\"" + DemoData.PASSWORD + "\"}",
                        null)
                .json()
                .path("token")
                .asText();
        assertThat(http.get("/api/v1/students", token).status()).isEqualTo(200);
        ProcessHandle postmaster = runs.postmaster().orElseThrow();

        postmaster.destroyForcibly(); // SIGKILL
        assertThat(postmaster.onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();

        List<Integer> students = new ArrayList<>();
        List<Integer> health = new ArrayList<>();
        long until = System.nanoTime() + Duration.ofSeconds(6).toNanos();
        while (System.nanoTime() < until) {
            TestHttp.Response list = timed(() -> http.get("/api/v1/students", token));
            students.add(list.status());
            if (list.status() == 503) {
                assertThat(list.json().path("error").asText()).isEqualTo("unavailable");
                assertThat(list.json().path("message").asText()).contains("database cannot be reached");
                assertThat(list.header("Retry-After")).isNotBlank();
            }
            TestHttp.Response articles = timed(() -> http.get("/api/v1/articles/search?q=reactivate+a+student", null));
            assertThat(articles.status())
                    .as("article search while the database is down")
                    .isEqualTo(200);
            assertThat(articles.json().path("hits").size()).isPositive();
            TestHttp.Response up = timed(() -> http.get("/health", null));
            health.add(up.status());
            if (up.status() == 503) {
                assertThat(up.json().path("database").asText()).isEqualTo("DOWN");
            }
        }
        // a request made while the server is down waits for a connection (3 s at most): it gets one from the
        // restarted server, or a 503 (DatabaseDownIT checks that answer against a server that stays down)
        assertThat(students).as("answers to the student list").allMatch(s -> s == 200 || s == 503);
        assertThat(health).as("answers of /health").allMatch(s -> s == 200 || s == 503);

        Await.atMost(Duration.ofSeconds(60))
                .every(Duration.ofMillis(250))
                .until(
                        "the database to be started again",
                        () -> http.get("/health", null).status() == 200);
        Await.atMost(Duration.ofSeconds(10))
                .every(Duration.ofMillis(100))
                .until(
                        "the student list to work again",
                        () -> http.get("/api/v1/students", token).status() == 200);
        assertThat(app.isAlive()).isTrue();
        assertThat(runs.postmaster()).isPresent().get().isNotEqualTo(postmaster);
        assertThat(runs.read("app.out") + runs.read("app.err")).contains("starting it again");
    }

    private static TestHttp.Response timed(java.util.function.Supplier<TestHttp.Response> call) {
        long start = System.nanoTime();
        TestHttp.Response response = call.get();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(LONGEST_WAIT);
        return response;
    }
}

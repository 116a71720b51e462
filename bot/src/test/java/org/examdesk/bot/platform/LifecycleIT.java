package org.examdesk.bot.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.examdesk.admin.testing.Await;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the real jar, as the README does, on the embedded PostgreSQL in a temporary data directory: start,
 * refuse a second process, stop cleanly, keep the data, recover from a killed run.
 */
class LifecycleIT {
    private static final Path JAR = Path.of("target/examdesk.jar");
    private Path dataDir;
    private Path logs;

    @BeforeEach
    void createDataDir() throws IOException {
        dataDir = Files.createTempDirectory("examdesk-lifecycle").toAbsolutePath();
        logs = Files.createTempDirectory("examdesk-lifecycle-logs");
    }

    @AfterEach
    void noPostgresOutlivesTheTest() {
        postgresOf(dataDir).forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void the_jar_starts_refuses_a_second_copy_stops_cleanly_and_keeps_its_data() throws Exception {
        Process first = start("first");
        String firstOut = awaitReady(first, "first");
        assertThat(firstOut).contains("Demo data created", "officer@riverside.example");

        Process second = start("second");
        assertThat(second.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).isNotZero();
        assertThat(read("second.err"))
                .contains("Another ExamDesk is already using the data directory")
                .doesNotContain("Exception");

        first.destroy(); // SIGTERM, as Ctrl-C or a service manager sends
        assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(postgresOf(dataDir)).isEmpty();

        Process again = start("again");
        String againOut = awaitReady(again, "again");
        assertThat(againOut).doesNotContain("Demo data created");
        again.destroy();
        assertThat(again.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(postgresOf(dataDir)).isEmpty();
    }

    @Test
    void a_run_killed_outright_is_recovered_on_the_next_start() throws Exception {
        Process killed = start("killed");
        awaitReady(killed, "killed");
        killed.destroyForcibly(); // SIGKILL: no shutdown hook runs, PostgreSQL is orphaned
        killed.waitFor(30, TimeUnit.SECONDS);

        Process next = start("next");
        awaitReady(next, "next");
        assertThat(postgresOf(dataDir)).isNotEmpty();
        next.destroy();
        assertThat(next.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(postgresOf(dataDir)).isEmpty();
    }

    private Process start(String name) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(javaBin(), "-jar", JAR.toString())
                .redirectOutput(logs.resolve(name + ".out").toFile())
                .redirectError(logs.resolve(name + ".err").toFile());
        builder.environment().put("EXAMDESK_DATA_DIR", dataDir.toString());
        builder.environment().put("PORT", Integer.toString(freePort()));
        builder.environment().put("EXAMDESK_ARTICLES_DIR", "../articles");
        builder.environment().put("EXAMDESK_WATCH_ARTICLES", "false");
        builder.environment().remove("DATABASE_URL");
        return builder.start();
    }

    private String awaitReady(Process process, String name) throws Exception {
        return Await.atMost(Duration.ofSeconds(120))
                .every(Duration.ofMillis(100))
                .until(
                        name + " to say it is ready",
                        () -> {
                            String out = read(name + ".out");
                            if (!ready(out)) {
                                assertThat(process.isAlive())
                                        .as("process %s exited early: %s", name, read(name + ".err"))
                                        .isTrue();
                            }
                            return out;
                        },
                        LifecycleIT::ready);
    }

    private static boolean ready(String out) {
        return out.contains("is ready on");
    }

    private String read(String file) throws IOException {
        Path path = logs.resolve(file);
        return Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
    }

    private static List<ProcessHandle> postgresOf(Path dataDir) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info()
                        .commandLine()
                        .map(c -> c.contains("postgres") && c.contains(dataDir.toString()))
                        .orElse(false))
                .toList();
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

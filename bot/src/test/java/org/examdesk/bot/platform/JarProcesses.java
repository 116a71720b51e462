package org.examdesk.bot.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.examdesk.admin.testing.Await;

/**
 * Runs the real jar as the README does (with its 512 MB heap), on the embedded PostgreSQL in one data directory, with each run's output
 * in a file of its own; and finds the PostgreSQL server of that directory.
 */
final class JarProcesses {
    private static final Path JAR = Path.of("target/examdesk.jar");
    /** The trained understanding of a first run, copied into later runs' data so that they start warm. */
    private static final Path WARM_UNDERSTANDING = Path.of("target/jar-runs/understanding");

    private final Path dataDir;
    private final Path logs;
    private final List<Process> started = new ArrayList<>();

    JarProcesses(String name) throws IOException {
        this.dataDir = Files.createTempDirectory("examdesk-" + name).toAbsolutePath();
        this.logs = Files.createTempDirectory("examdesk-" + name + "-logs");
        copy(WARM_UNDERSTANDING, dataDir.resolve("understanding"));
    }

    Path dataDir() {
        return dataDir;
    }

    /** Starts a run on a free port; its output goes to {@code name.out} and {@code name.err}. */
    Process start(String name, int port) throws IOException {
        return start(name, port, Map.of());
    }

    /** The same, with settings of the test's on top of the usual ones. */
    Process start(String name, int port, Map<String, String> settings) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(javaBin(), "-Xmx512m", "-jar", JAR.toString())
                .redirectOutput(logs.resolve(name + ".out").toFile())
                .redirectError(logs.resolve(name + ".err").toFile());
        builder.environment().put("EXAMDESK_DATA_DIR", dataDir.toString());
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("EXAMDESK_ARTICLES_DIR", "../articles");
        builder.environment().put("EXAMDESK_WATCH_ARTICLES", "false");
        builder.environment().remove("DATABASE_URL");
        builder.environment().putAll(settings);
        Process process = builder.start();
        started.add(process);
        return process;
    }

    Process start(String name) throws IOException {
        return start(name, freePort());
    }

    /** Waits until the run says it is ready, failing at once if it exits first; returns its output so far. */
    String awaitReady(Process process, String name) {
        String out = awaitOutput(process, name);
        copy(dataDir.resolve("understanding"), WARM_UNDERSTANDING);
        return out;
    }

    private String awaitOutput(Process process, String name) {
        return Await.atMost(Duration.ofSeconds(180))
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
                        JarProcesses::ready);
    }

    /** Kills every run this started that is still alive, and the PostgreSQL of the data directory. */
    void killAll() {
        started.stream().filter(Process::isAlive).forEach(Process::destroyForcibly);
        postgres().forEach(ProcessHandle::destroyForcibly);
    }

    String read(String file) {
        Path path = logs.resolve(file);
        try {
            return Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The PostgreSQL server processes started on this data directory (the postmaster names it). */
    List<ProcessHandle> postgres() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info()
                        .commandLine()
                        .map(c -> c.contains("postgres") && c.contains(dataDir.toString()))
                        .orElse(false))
                .toList();
    }

    /** The postmaster named in the data directory's {@code postmaster.pid}, if it is running. */
    Optional<ProcessHandle> postmaster() throws IOException {
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(
                Files.readAllLines(pidFile, StandardCharsets.UTF_8).get(0).trim()));
    }

    /**
     * A connection to the embedded PostgreSQL of the data directory as it runs now: its port from
     * {@code postmaster.pid}, its password from the file ExamDesk keeps beside its data.
     */
    Connection database() throws IOException, SQLException {
        Path postgres = dataDir.resolve("postgres");
        String port = Files.readAllLines(postgres.resolve("postmaster.pid"), StandardCharsets.UTF_8)
                .get(3)
                .trim();
        String password = Files.readString(dataDir.resolve("postgres.password"), StandardCharsets.UTF_8)
                .trim();
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", password);
    }

    /** Copies the files of one folder into another that does not exist yet; does nothing otherwise. */
    private static void copy(Path from, Path to) {
        if (!Files.isDirectory(from) || Files.exists(to)) {
            return;
        }
        try (var files = Files.list(from)) {
            Files.createDirectories(to);
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not copy " + from + " to " + to, e);
        }
    }

    private static boolean ready(String out) {
        return out.contains("is ready on");
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

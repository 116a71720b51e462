package org.examdesk.admin.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL whose data lives in a directory that survives restarts. Durability settings are
 * switched back on (the embedded library turns them off for tests), a server orphaned by a killed run is
 * stopped before start, and a second process on the same directory is refused with one sentence. Connections need
 * a password of its own ({@link LocalPassword}), kept in {@code <data directory>.password}.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;
    private final Optional<ProcessHandle> postmaster;
    private final String password;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Optional<ProcessHandle> postmaster, String password) {
        this.postgres = postgres;
        this.postmaster = postmaster;
        this.password = password;
    }

    public static EmbeddedDatabase start(Path dataDirectory, boolean durable) {
        try {
            Files.createDirectories(dataDirectory);
            recoverStalePidFile(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (durable) {
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            Path passwordFile = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".password");
            Optional<String> known = LocalPassword.read(passwordFile);
            known.ifPresent(p -> builder.setConnectConfig("password", p));
            EmbeddedPostgres started = builder.start();
            String password = known.isPresent() ? known.get() : LocalPassword.create(passwordFile);
            LocalPassword.enforce(started.getPostgresDatabase(), dataDirectory, password);
            return new EmbeddedDatabase(
                    started, readPid(dataDirectory.resolve("postmaster.pid")).flatMap(ProcessHandle::of), password);
        } catch (IllegalStateException e) {
            if (String.valueOf(e.getMessage()).contains("lock")) {
                throw new DatabaseStartException("Another ExamDesk is already using the data directory "
                        + dataDirectory.toAbsolutePath() + "; stop it or set EXAMDESK_DATA_DIR to another directory.");
            }
            throw new DatabaseStartException("The embedded PostgreSQL could not start: " + e.getMessage());
        } catch (SQLException e) {
            throw new DatabaseStartException(
                    "The embedded PostgreSQL started but could not be given its password: " + e.getMessage());
        } catch (IOException e) {
            throw new DatabaseStartException("The embedded PostgreSQL could not start in "
                    + dataDirectory.toAbsolutePath() + ": " + e.getMessage());
        }
    }

    public DataSource dataSource() {
        return postgres.getPostgresDatabase(Map.of("password", password));
    }

    /** The password every connection must give (never logged). */
    public String password() {
        return password;
    }

    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    public int port() {
        return postgres.getPort();
    }

    /**
     * Stops PostgreSQL and waits until its server process is gone. The embedded library also stops it from a
     * shutdown hook of its own, and a Ctrl-C reaches PostgreSQL directly too; whichever comes first, no server
     * may outlive ExamDesk, so a server still running after the stop is asked again, then killed.
     */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            log.warn("The embedded PostgreSQL stop command failed ({}); making sure the server stops", e.getMessage());
        }
        postmaster.filter(ProcessHandle::isAlive).ifPresent(process -> {
            process.destroy();
            try {
                process.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                log.warn("PostgreSQL process {} did not stop in 30 s; killing it", process.pid());
                process.destroyForcibly();
            }
        });
    }

    /**
     * A run killed with SIGKILL leaves {@code postmaster.pid} behind and, as the server is a child
     * process, possibly the server itself. If the embedded library's lock is free, no ExamDesk owns the
     * directory: stop an orphaned server or remove the stale file.
     */
    private static void recoverStalePidFile(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile) || DirectoryLock.isHeld(dataDirectory.resolve("epg-lock"))) {
            return;
        }
        Optional<ProcessHandle> orphan =
                readPid(pidFile).flatMap(ProcessHandle::of).filter(EmbeddedDatabase::isPostgres);
        if (orphan.isPresent()) {
            log.warn(
                    "Stopping PostgreSQL process {} left running by an earlier ExamDesk",
                    orphan.get().pid());
            orphan.get().destroy();
            try {
                orphan.get().onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                orphan.get().destroyForcibly();
            }
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        String first = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream()
                .findFirst()
                .orElse("")
                .trim();
        try {
            return Optional.of(Long.parseLong(first));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.contains("postgres")).orElse(false);
    }
}

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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL whose data lives in a directory that survives restarts. Durability settings are
 * switched back on (the embedded library turns them off for tests), a server orphaned by a killed run is
 * stopped before start, and a second process on the same directory is refused with one sentence. Connections need
 * a password of its own ({@link LocalPassword}), kept in {@code <data directory>.password}.
 *
 * <p>It looks after its server while ExamDesk runs: a server that dies is started again on the same port and
 * data ({@link #supervise}), so the connection pool reconnects by itself; and a small watcher process stops the
 * server when ExamDesk's own process dies, even by {@code kill -9}, so nothing is left listening.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    /** One running server: the library's handle and the postmaster process. */
    private record Server(EmbeddedPostgres postgres, Optional<ProcessHandle> postmaster) {}

    private final Path dataDirectory;
    private final boolean durable;
    private final String password;
    private final int port;
    private final Object lifecycle = new Object();
    private volatile Server server;
    private volatile boolean closed;
    private ScheduledExecutorService supervisor;
    private Process deathWatch;

    private EmbeddedDatabase(Path dataDirectory, boolean durable, Server server, String password) {
        this.dataDirectory = dataDirectory;
        this.durable = durable;
        this.server = server;
        this.password = password;
        this.port = server.postgres().getPort();
    }

    public static EmbeddedDatabase start(Path dataDirectory, boolean durable) {
        Path passwordFile = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".password");
        try {
            Files.createDirectories(dataDirectory);
            Optional<String> known = LocalPassword.read(passwordFile);
            Server server = launch(dataDirectory, durable, known, 0);
            String password = known.isPresent() ? known.get() : LocalPassword.create(passwordFile);
            LocalPassword.enforce(server.postgres().getPostgresDatabase(), dataDirectory, password);
            return new EmbeddedDatabase(dataDirectory, durable, server, password);
        } catch (SQLException e) {
            throw new DatabaseStartException(
                    "The embedded PostgreSQL started but could not be given its password: " + e.getMessage());
        } catch (IOException e) {
            throw new DatabaseStartException("The embedded PostgreSQL could not start in "
                    + dataDirectory.toAbsolutePath() + ": " + e.getMessage());
        }
    }

    private static Server launch(Path dataDirectory, boolean durable, Optional<String> password, int port)
            throws IOException {
        try {
            recoverStalePidFile(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (port != 0) {
                builder.setPort(port);
            }
            if (durable) {
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            password.ifPresent(p -> builder.setConnectConfig("password", p));
            EmbeddedPostgres started = builder.start();
            return new Server(
                    started, readPid(dataDirectory.resolve("postmaster.pid")).flatMap(ProcessHandle::of));
        } catch (IllegalStateException e) {
            if (String.valueOf(e.getMessage()).contains("lock")) {
                throw new DatabaseStartException("Another ExamDesk is already using the data directory "
                        + dataDirectory.toAbsolutePath() + "; stop it or set EXAMDESK_DATA_DIR to another directory.");
            }
            throw new DatabaseStartException("The embedded PostgreSQL could not start: " + e.getMessage());
        }
    }

    /**
     * Checks the server every {@code every}; one found dead is started again on the same port and data, and tried
     * again at the next check while it will not start. Also starts the watcher that stops the server should this
     * process die without closing it.
     */
    public EmbeddedDatabase supervise(Duration every) {
        synchronized (lifecycle) {
            if (supervisor == null && !closed) {
                supervisor = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread thread = new Thread(r, "embedded-postgres-supervisor");
                    thread.setDaemon(true);
                    return thread;
                });
                supervisor.scheduleWithFixedDelay(
                        this::restartIfDead, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
                deathWatch = DeathWatch.start(dataDirectory);
            }
        }
        return this;
    }

    /** Whether the server process is running (for {@code /health} and the tests). */
    public boolean isRunning() {
        return server.postmaster().map(ProcessHandle::isAlive).orElse(true);
    }

    private void restartIfDead() {
        synchronized (lifecycle) {
            if (closed || isRunning()) {
                return;
            }
            log.warn("The embedded PostgreSQL stopped unexpectedly; starting it again on port {}", port);
            try {
                server.postgres().close(); // releases the data directory's lock; its stop command finds no server
            } catch (IOException | RuntimeException e) {
                log.debug("Closing the dead server's handle failed: {}", e.getMessage());
            }
            try {
                server = launch(dataDirectory, durable, Optional.of(password), port);
                log.info("The embedded PostgreSQL is running again on port {}", port);
            } catch (IOException | RuntimeException e) {
                log.warn("The embedded PostgreSQL could not start again yet ({}); trying again", e.getMessage());
            }
        }
    }

    public DataSource dataSource() {
        return server.postgres().getPostgresDatabase(Map.of("password", password));
    }

    /** The password every connection must give (never logged). */
    public String password() {
        return password;
    }

    public String jdbcUrl(String database) {
        return server.postgres().getJdbcUrl("postgres", database);
    }

    public int port() {
        return port;
    }

    /**
     * Stops PostgreSQL and waits until its server process is gone. The embedded library also stops it from a
     * shutdown hook of its own, and a Ctrl-C reaches PostgreSQL directly too; whichever comes first, no server
     * may outlive ExamDesk, so a server still running after the stop is asked again, then killed.
     */
    @Override
    public void close() {
        synchronized (lifecycle) {
            closed = true;
            if (supervisor != null) {
                supervisor.shutdownNow();
            }
        }
        Server last = server;
        try {
            last.postgres().close();
        } catch (IOException | RuntimeException e) {
            log.warn("The embedded PostgreSQL stop command failed ({}); making sure the server stops", e.getMessage());
        }
        last.postmaster().filter(ProcessHandle::isAlive).ifPresent(process -> {
            process.destroy();
            try {
                process.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                log.warn("PostgreSQL process {} did not stop in 30 s; killing it", process.pid());
                process.destroyForcibly();
            }
        });
        if (deathWatch != null) {
            deathWatch.destroy();
        }
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

package org.examdesk.admin.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.examdesk.admin.testing.Await;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL lets in only connections that give its own password, across restarts. */
class EmbeddedDatabaseIT {
    @Test
    void only_a_connection_with_the_password_gets_in_and_the_password_lasts_across_restarts(@TempDir Path dir)
            throws Exception {
        Path data = dir.resolve("postgres");
        String password;
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, false)) {
            password = db.password();

            assertThat(password).hasSizeGreaterThanOrEqualTo(32);
            assertThat(Files.getPosixFilePermissions(dir.resolve("postgres.password")))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            assertThatThrownBy(() ->
                            DriverManager.getConnection(db.jdbcUrl("postgres")).close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl("postgres"), "postgres", "guess")
                            .close())
                    .isInstanceOf(SQLException.class);
            assertThat(selectOne(db.jdbcUrl("postgres"), password)).isEqualTo(1);
            assertThat(db.dataSource().getConnection().isValid(1)).isTrue();
        }
        try (EmbeddedDatabase again = EmbeddedDatabase.start(data, false)) {
            assertThat(again.password()).isEqualTo(password);
            assertThat(selectOne(again.jdbcUrl("postgres"), password)).isEqualTo(1);
            assertThatThrownBy(() -> DriverManager.getConnection(again.jdbcUrl("postgres"))
                            .close())
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void a_server_killed_outright_is_started_again_and_the_pool_reconnects(@TempDir Path dir) throws Exception {
        try (EmbeddedDatabase db =
                        EmbeddedDatabase.start(dir.resolve("postgres"), false).supervise(Duration.ofMillis(200));
                Database pool = Database.connect(db.jdbcUrl("postgres"), "postgres", db.password(), 2)) {
            assertThat(pool.isUp()).isTrue();
            ProcessHandle postmaster = postmaster(dir.resolve("postgres"));

            postmaster.destroyForcibly(); // SIGKILL
            postmaster.onExit().get(10, TimeUnit.SECONDS);
            long start = System.nanoTime();
            pool.isUp(); // down, or up again already: either way answered within the pool's timeout
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));

            Await.atMost(Duration.ofSeconds(60))
                    .every(Duration.ofMillis(100))
                    .until("the server to run again and the pool to reach it", () -> db.isRunning() && pool.isUp());
            assertThat(postmaster(dir.resolve("postgres"))).isNotEqualTo(postmaster);
        }
    }

    private static ProcessHandle postmaster(Path data) throws Exception {
        String pid = Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim();
        return ProcessHandle.of(Long.parseLong(pid)).orElseThrow();
    }

    private static int selectOne(String url, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", password);
                Statement s = c.createStatement();
                var rs = s.executeQuery("select 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}

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

    private static int selectOne(String url, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", password);
                Statement s = c.createStatement();
                var rs = s.executeQuery("select 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}

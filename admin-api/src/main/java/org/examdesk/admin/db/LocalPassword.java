package org.examdesk.admin.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The embedded PostgreSQL's own password, so that no other user or process on the machine can connect as its
 * superuser. Made at first start from SecureRandom and kept beside the data directory in a file only ExamDesk's
 * user may read; at every start the superuser is given it and {@code pg_hba.conf} asks every connection, over TCP
 * or the Unix socket, for it (scram-sha-256), in place of the embedded library's {@code trust}.
 */
final class LocalPassword {
    static final String HBA =
            """
            # Written by ExamDesk at every start: every connection must give the password.
            local all all scram-sha-256
            host all all 127.0.0.1/32 scram-sha-256
            host all all ::1/128 scram-sha-256
            """;

    private LocalPassword() {}

    static Optional<String> read(Path file) throws IOException {
        return Files.exists(file)
                ? Optional.of(Files.readString(file, StandardCharsets.US_ASCII).trim())
                : Optional.empty();
    }

    /** A new random password written to {@code file} (readable and writable by this user only). */
    static String create(Path file) throws IOException {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file); // not a POSIX file system: the data directory's own protection applies
        } catch (FileAlreadyExistsException e) {
            return read(file).orElseThrow();
        }
        Files.writeString(file, password, StandardCharsets.US_ASCII);
        return password;
    }

    /** Gives the superuser the password and makes PostgreSQL ask for it from now on. */
    static void enforce(DataSource database, Path dataDirectory, String password) throws IOException, SQLException {
        try (Connection c = database.getConnection();
                Statement s = c.createStatement()) {
            s.execute("set password_encryption = 'scram-sha-256'");
            s.execute("alter role postgres password '" + password.replace("'", "''") + "'");
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), HBA, StandardCharsets.US_ASCII);
            s.execute("select pg_reload_conf()");
        }
    }
}

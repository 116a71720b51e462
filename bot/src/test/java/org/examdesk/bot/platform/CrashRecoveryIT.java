package org.examdesk.bot.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.Await;
import org.examdesk.admin.testing.Multipart;
import org.examdesk.admin.testing.TestHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fault suite's crash part: the real jar killed with SIGKILL in the middle of an import of 20,000 students (while
 * its rows are being written), then started again on the same data. Nothing of the import is left (no student, no
 * welcome email queued, no import record, no audit row), and the same file then imports in full, each welcome email
 * queued once.
 */
class CrashRecoveryIT {
    private static final int ROWS = 20_000;
    private static final String SURNAME = "Kilnerton";
    private static final String DOMAIN = "@crash.example";
    private static final String IMPORT_AUDIT = "select count(*) from audit_log where action = 'STUDENT_IMPORTED'";

    private JarProcesses runs;
    private Process app;
    private int port;

    @BeforeEach
    void start() throws Exception {
        runs = new JarProcesses("crash");
        port = JarProcesses.freePort();
        app = runs.start("first", port, Map.of("IMPORT_MAX_ROWS", String.valueOf(ROWS)));
        runs.awaitReady(app, "first");
    }

    @AfterEach
    void stop() throws Exception {
        app.destroy();
        app.waitFor(60, TimeUnit.SECONDS);
        runs.killAll();
    }

    @Test
    void an_import_cut_off_by_a_kill_leaves_nothing_and_the_same_file_imports_in_full_after_a_restart()
            throws Exception {
        long imports;
        long imported;
        try (Connection db = runs.database()) {
            enterCandidates(db);
            imports = count(db, "select count(*) from student_imports");
            imported = count(db, IMPORT_AUDIT);
        }
        byte[] csv = importFile();
        CompletableFuture<HttpResponse<String>> upload = HttpClient.newHttpClient()
                .sendAsync(
                        Multipart.upload(
                                        URI.create("http://127.0.0.1:" + port + "/api/v1/students/imports"),
                                        officer(),
                                        "year-9.csv",
                                        csv,
                                        Map.of("consent", "true"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        try (Connection db = runs.database()) {
            Await.atMost(Duration.ofSeconds(60))
                    .every(Duration.ofMillis(20))
                    .until("the import to be writing its students", () -> writingStudents(db));
        }

        app.destroyForcibly(); // SIGKILL, while the import's transaction is open
        assertThat(app.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(upload).as("the upload got no answer").failsWithin(Duration.ofSeconds(30));
        Await.atMost(Duration.ofSeconds(10))
                .until("the embedded PostgreSQL to stop", () -> runs.postgres().isEmpty());

        app = runs.start("second", port, Map.of("IMPORT_MAX_ROWS", String.valueOf(ROWS)));
        runs.awaitReady(app, "second");
        try (Connection db = runs.database()) {
            assertThat(count(db, "select count(*) from students where surname = '" + SURNAME + "'"))
                    .as("students of the cut-off import")
                    .isZero();
            assertThat(count(db, "select count(*) from outbox where recipient like '%" + DOMAIN + "'"))
                    .as("welcome emails of the cut-off import")
                    .isZero();
            assertThat(count(db, "select count(*) from student_imports")).isEqualTo(imports);
            assertThat(count(db, IMPORT_AUDIT)).isEqualTo(imported);
        }

        TestHttp.Response again = new TestHttp(URI.create("http://127.0.0.1:" + port))
                .exchange(Multipart.upload(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/students/imports"),
                        officer(),
                        "year-9.csv",
                        csv,
                        Map.of("consent", "true")));
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.json().path("accepted").asInt()).isEqualTo(ROWS);
        try (Connection db = runs.database()) {
            assertThat(count(db, "select count(*) from students where surname = '" + SURNAME + "'"))
                    .isEqualTo(ROWS);
            assertThat(count(db, "select count(distinct recipient) from outbox where recipient like '%" + DOMAIN + "'"))
                    .isEqualTo(ROWS);
            assertThat(count(db, "select count(*) from outbox where recipient like '%" + DOMAIN + "'"))
                    .as("each welcome email queued once")
                    .isEqualTo(ROWS);
        }
    }

    private String officer() {
        return new TestHttp(URI.create("http://127.0.0.1:" + port))
                .post(
                        "/api/v1/sessions",
                        "{\"username\":\"officer@riverside.example\",\"password\":\"" + DemoData.PASSWORD + "\"}",
                        null)
                .json()
                .path("token")
                .asText();
    }

    /** Exam entries at Riverside for the file's candidates: an import accepts only entered candidates. */
    private static void enterCandidates(Connection db) throws SQLException {
        db.setAutoCommit(false);
        try (PreparedStatement insert = db.prepareStatement(
                "insert into exam_entries (centre_id, uci, forename, surname, date_of_birth, series) "
                        + "select id, ?, ?, ?, ?, 'june-2026' from centres where number = '40123'")) {
            for (int i = 0; i < ROWS; i++) {
                insert.setString(1, uci(i));
                insert.setString(2, forename(i));
                insert.setString(3, SURNAME);
                insert.setObject(4, dateOfBirth(i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
    }

    private static byte[] importFile() {
        StringBuilder csv = new StringBuilder("Forename,Surname,UCI,Email,Date of birth,School year\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append(forename(i))
                    .append(',')
                    .append(SURNAME)
                    .append(',')
                    .append(uci(i))
                    .append(",k")
                    .append(i)
                    .append(DOMAIN)
                    .append(',')
                    .append(dateOfBirth(i))
                    .append(",9\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String uci(int i) {
        return String.format("40123K%07d", i);
    }

    private static String forename(int i) {
        String[] names = {"Ada", "Bea", "Cal", "Dev", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jo"};
        return names[i % names.length];
    }

    private static LocalDate dateOfBirth(int i) {
        return LocalDate.of(2011, 9, 1).plusDays(i % 365);
    }

    /** Whether a session is inserting students: the import's rows going in, its transaction still open. */
    private static boolean writingStudents(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from pg_stat_activity where pid <> pg_backend_pid() "
                        + "and state <> 'idle' and query ilike '%students%' and query ~* '^\\s*(copy|insert)'")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

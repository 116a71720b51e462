package org.examdesk.admin.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.examdesk.admin.AdminApi;
import org.examdesk.admin.accounts.Role;
import org.examdesk.admin.db.Copy;
import org.examdesk.admin.db.Database;
import org.examdesk.admin.testing.Multipart;
import org.examdesk.admin.testing.TestDatabase;
import org.examdesk.admin.testing.TestServer;
import org.examdesk.admin.web.Json;
import org.examdesk.bot.ExamDesk;
import org.examdesk.bot.platform.AppConfig;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;

/**
 * Import benchmark (a main class, not a test): student files uploaded to {@code POST /api/v1/students/imports} over
 * HTTP as an exams officer, on the admin API with its settings read from the environment as the product reads them
 * ({@code IMPORT_MAX_ROWS} defaults to 100,000 here): 600-row files (the usual limit), then 100,000-row files (see
 * {@link ImportFiles}). Beside each upload, the baseline: PostgreSQL {@code COPY} of the very same CSV bytes into a
 * scratch table of text columns in the same database. Prints the wall time of the whole import (request sent,
 * students stored, emails queued, answer received), the COPY's, their ratio, what was stored, the most heap in use
 * and the load average before and after. Run it with {@code -Xmx512m}; see docs/benchmarks.md for the command.
 */
public final class ImportBench {
    private static final int SMALL = 600;
    private static final int LARGE = Integer.getInteger("bench.large", 100_000);
    private static final int SMALL_RUNS = Integer.getInteger("bench.smallRuns", 15);
    private static final int SMALL_WARMUP = 5;
    private static final int LARGE_RUNS = Integer.getInteger("bench.largeRuns", 2);
    private static final String CENTRE = "90001";

    /** One upload beside its COPY. */
    record Run(long importMicros, long copyMicros, int stored, int emails, long peakHeap, long jvmCpuMicros) {}

    private final Jdbi jdbi;
    private final TestServer server;
    private final String token;
    private final long centreId;
    private final HttpClient http = HttpClient.newHttpClient();

    private ImportBench(Jdbi jdbi, TestServer server, String token, long centreId) {
        this.jdbi = jdbi;
        this.server = server;
        this.token = token;
        this.centreId = centreId;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.putIfAbsent("IMPORT_MAX_ROWS", String.valueOf(LARGE));
        AppConfig config = AppConfig.fromEnv(env);
        AdminApi.Settings settings = ExamDesk.adminSettings(config);
        System.out.printf(
                "IMPORT_MAX_ROWS %d, largest import file %.1f MB, heap limit %d MB (%s)%n",
                settings.importRowLimit(),
                settings.importMaxBytes() / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576,
                load());
        Database db = TestDatabase.fresh();
        long centreId = db.jdbi()
                .withHandle(h -> h.createUpdate("insert into centres (number, name) values (:n, 'Benchmark College')")
                        .bind("n", CENTRE)
                        .executeAndReturnGeneratedKeys("id")
                        .mapTo(Long.class)
                        .one());
        db.jdbi()
                .useHandle(h -> h.execute("create table import_copy_baseline (forename text, surname text, uci text, "
                        + "email text, date_of_birth text, school_year text)"));
        try (TestServer server = new TestServer()
                .database(db)
                .settings(settings)
                .maxRequestSize(config.maxBodyBytes())
                .start()) {
            String token = server.callers().staff(Role.EXAMS_OFFICER, CENTRE);
            new ImportBench(db.jdbi(), server, token, centreId).run();
        }
    }

    private void run() throws Exception {
        ImportFiles files = new ImportFiles(CENTRE, 20261207L);
        List<Run> small = new ArrayList<>();
        for (int i = 0; i < SMALL_RUNS; i++) {
            small.add(measure(files.next(SMALL)));
        }
        reportSmall(small.subList(SMALL_WARMUP, small.size()));
        for (int i = 0; i < LARGE_RUNS; i++) {
            ImportFiles.File file = files.next(LARGE);
            String before = load();
            Run run = measure(file);
            reportLarge(file, run, before, load());
        }
    }

    /** Loads the file's exam entries, then times its COPY and its upload. */
    private Run measure(ImportFiles.File file) throws Exception {
        jdbi.useHandle(h -> {
            List<List<Object>> rows = new ArrayList<>(file.entries().size());
            for (ImportFiles.Entry e : file.entries()) {
                rows.add(List.of(centreId, e.uci(), e.forename(), e.surname(), e.dateOfBirth(), "june-2026"));
            }
            Copy.into(h, "exam_entries (centre_id, uci, forename, surname, date_of_birth, series)", rows);
            h.execute("analyze exam_entries");
            h.execute("analyze students");
        });
        long copyMicros = copy(file.csv());
        int students = count("select count(*) from students where centre_id = " + centreId);
        int emails = count("select count(*) from outbox");
        System.gc();
        HeapSampler heap = new HeapSampler();
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(
                Multipart.upload(
                                server.base().resolve("/api/v1/students/imports"),
                                token,
                                "students.csv",
                                file.csv(),
                                Map.of("consent", "true"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        long importMicros = (System.nanoTime() - start) / 1_000;
        long cpuMicros = (processCpuNanos() - cpu) / 1_000;
        heap.close();
        check(file, response);
        return new Run(
                importMicros,
                copyMicros,
                count("select count(*) from students where centre_id = " + centreId) - students,
                count("select count(*) from outbox") - emails,
                heap.peak(),
                cpuMicros);
    }

    /** CPU time of this JVM (server and client threads; the PostgreSQL server's own work is not in it). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The baseline: the same bytes copied into a table of text columns, in its own transaction. */
    private long copy(byte[] csv) throws Exception {
        return jdbi.withHandle(h -> {
            long start = System.nanoTime();
            long rows = h.getConnection()
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "copy import_copy_baseline from stdin (format csv, header true)",
                            new ByteArrayInputStream(csv));
            long micros = (System.nanoTime() - start) / 1_000;
            h.execute("truncate import_copy_baseline");
            if (rows <= 0) {
                throw new IllegalStateException("COPY stored no rows");
            }
            return micros;
        });
    }

    private void check(ImportFiles.File file, HttpResponse<String> response) throws IOException {
        if (response.statusCode() != 201) {
            throw new IllegalStateException("import answered " + response.statusCode() + ": " + response.body());
        }
        JsonNode body = Json.mapper().readTree(response.body());
        int accepted = body.get("accepted").asInt();
        int rejected = body.get("rejected").size();
        if (accepted != file.valid() || rejected != file.rows() - file.valid()) {
            throw new IllegalStateException("expected " + file.valid() + " accepted, got " + accepted + " and "
                    + rejected + " rejected; first rejection: "
                    + body.get("rejected").get(0));
        }
    }

    private int count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    private static void reportSmall(List<Run> runs) {
        long[] imports = runs.stream().mapToLong(Run::importMicros).sorted().toArray();
        long[] copies = runs.stream().mapToLong(Run::copyMicros).sorted().toArray();
        long median = imports[imports.length / 2];
        long copyMedian = copies[copies.length / 2];
        System.out.printf(
                "600-row import over HTTP: %d runs after %d warm-up: median %.1f ms (min %.1f, max %.1f); COPY of the "
                        + "same CSV median %.1f ms; ratio %.1f; target < 300 ms: %s (%s)%n",
                imports.length,
                SMALL_WARMUP,
                median / 1000.0,
                imports[0] / 1000.0,
                imports[imports.length - 1] / 1000.0,
                copyMedian / 1000.0,
                (double) median / copyMedian,
                median < 300_000 ? "met" : "MISSED",
                load());
    }

    private static void reportLarge(ImportFiles.File file, Run run, String before, String after) {
        double ratio = (double) run.importMicros() / run.copyMicros();
        System.out.printf(
                "%,d-row import over HTTP (%.1f MB, %,d valid, invalid by kind %s): whole import %.2f s, %,d students "
                        + "stored, %,d emails queued (JVM CPU %.2f s); COPY of the same CSV %.2f s; ratio %.1f; most heap in use %d MB "
                        + "of %d MB; targets < 5 s: %s, <= 10 x COPY: %s; %s before, %s after%n",
                file.rows(),
                file.csv().length / 1048576.0,
                file.valid(),
                ImportFiles.kinds(file.invalidByKind()),
                run.importMicros() / 1e6,
                run.stored(),
                run.emails(),
                run.jvmCpuMicros() / 1e6,
                run.copyMicros() / 1e6,
                ratio,
                run.peakHeap() / 1048576,
                Runtime.getRuntime().maxMemory() / 1048576,
                run.importMicros() < 5_000_000 ? "met" : "MISSED",
                ratio <= 10 ? "met" : "MISSED",
                before,
                after);
    }

    /** The machine's load average over 1, 5 and 15 minutes: figures mean little on a machine busy elsewhere. */
    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return "load " + String.join(" ", Arrays.copyOf(parts, 3)) + " on "
                    + Runtime.getRuntime().availableProcessors() + " cores";
        } catch (IOException e) {
            return "load " + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }
    }
}

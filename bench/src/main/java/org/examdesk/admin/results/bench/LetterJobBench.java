package org.examdesk.admin.results.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.examdesk.admin.bench.HeapSampler;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.learners.bench.Names;
import org.examdesk.admin.results.letters.Letter;
import org.examdesk.admin.results.letters.LetterBundle;
import org.examdesk.admin.testing.PdfPages;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestServer;
import org.jdbi.v3.core.Handle;

/**
 * The whole letters job as a user waits for it, at 10,000 candidates of one centre: an exams officer confirms ALL
 * for June 2026 through {@code PUT /api/v1/results-access/{series}} (which starts the job) and the benchmark polls
 * the job until it is done, as the chat does. That covers passwords and their hashes, the one PDF, the zip, storing
 * both in PostgreSQL in chunks and the job's progress. Printed: wall time, the JVM's CPU time (all threads; the
 * PostgreSQL server's own work is not in it), the most heap in use at once (sampled) and bytes stored; run it with
 * the heap the README states ({@code -Xmx256m}), so finishing at all shows the job fits in it. Beside it, in the same run, the baseline:
 * the same letters rendered to files only (what the earlier letters benchmark timed).
 *
 * <p>The candidates are Hillside College's demo ones plus generated ones up to candidate number 9999, named from
 * the learner benchmark's frequency lists (common names repeat, rare ones do not; about 2 % in Greek, Cyrillic or
 * Chinese script, which the letters' fallback font must carry).
 */
public final class LetterJobBench {
    private static final String CENTRE = "40456";
    private static final List<String> OTHER_SCRIPTS =
            List.of("Αλέξης Παππάς", "陈静", "Дмитрий Иванов", "Σοφία Νικολάου", "王伟", "Анна Смирнова");

    private LetterJobBench() {}

    public static void main(String[] args) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
        try (TestServer server = new TestServer().clock(clock).start()) {
            int added = addCandidates(server);
            TestHttp http = server.http();
            String officer = http.login("officer@hillside.example", DemoData.PASSWORD);
            long june26 = seriesId(http, officer, "June 2026");
            System.out.printf(
                    Locale.ROOT,
                    "centre %s: %,d candidates added to the demo ones; load average before: %.2f%n",
                    CENTRE,
                    added,
                    loadAverage());

            List<Letter> baselineLetters = letters(server, june26);
            baseline(baselineLetters.subList(0, 2_000)); // warm-up of the PDF code, so neither run pays the JIT
            Measured job = wholeJob(server, http, officer, june26);
            Measured render = baseline(baselineLetters);

            System.out.println();
            System.out.println("| what | letters | wall time | JVM CPU | most heap in use | bytes |");
            System.out.println("|---|---|---|---|---|---|");
            job.print("whole job (PUT ALL → DONE, stored in PostgreSQL)");
            render.print("baseline: the same letters rendered to files only");
            System.out.printf(
                    Locale.ROOT,
                    "%nwhole job / baseline wall time: %.2f; target under 10 s wall and 256 MB heap: %s; "
                            + "load average after: %.2f%n",
                    job.wallMs / (double) render.wallMs,
                    job.wallMs < 10_000 && job.peakHeap < 256L * 1024 * 1024 ? "MET" : "MISSED",
                    loadAverage());
        }
    }

    /** Candidates 0251 to 9999 and 0000 at the centre, each with a valid June 2026 entry. */
    private static int addCandidates(TestServer server) {
        Random random = new Random(20261207L);
        Names names = new Names(random);
        return server.jdbi().inTransaction(h -> {
            long centre = h.createQuery("select id from centres where number = :n")
                    .bind("n", CENTRE)
                    .mapTo(Long.class)
                    .one();
            long series = h.createQuery("select id from series where name = 'June 2026'")
                    .mapTo(Long.class)
                    .one();
            var candidates = h.prepareBatch("insert into candidates (centre_id, candidate_number, forename, surname, "
                    + "uci) values (:c, :n, :f, :s, :u)");
            int count = 0;
            for (int i = 251; i <= 10_000; i++) {
                String number = String.format(Locale.ROOT, "%04d", i % 10_000);
                String[] name = random.nextInt(100) < 2
                        ? OTHER_SCRIPTS
                                .get(random.nextInt(OTHER_SCRIPTS.size()))
                                .split(" ", 2)
                        : new String[] {names.forename(random), names.surname(random)};
                String surname = name.length > 1 ? name[1] : name[0];
                candidates
                        .bind("c", centre)
                        .bind("n", number)
                        .bind("f", name[0])
                        .bind("s", surname)
                        .bind("u", CENTRE + "B" + String.format(Locale.ROOT, "%07d", i))
                        .add();
                count++;
            }
            candidates.execute();
            h.createUpdate("insert into entries (candidate_id, series_id, centre_id, valid) "
                            + "select id, :s, :c, true from candidates where centre_id = :c "
                            + "and candidate_number::int > 250 or (centre_id = :c and candidate_number = '0000')")
                    .bind("s", series)
                    .bind("c", centre)
                    .execute();
            return count;
        });
    }

    private static Measured wholeJob(TestServer server, TestHttp http, String officer, long series)
            throws InterruptedException {
        String body =
                """
                {"mode":"ALL","agreedToHandleQueries":true,"delayDays":2,
                 "contact":{"name":"Daniel Hughes","phone":"01632 960000","email":"exams@hillside.example"}}""";
        System.gc();
        HeapSampler heap = new HeapSampler();
        long cpu = processCpuNanos();
        long started = System.nanoTime();
        TestHttp.Response confirmed = http.put("/api/v1/results-access/" + series, body, officer);
        if (confirmed.status() != 200) {
            throw new IllegalStateException(confirmed.status() + " " + confirmed.body());
        }
        long job = confirmed.json().at("/lettersJob/id").asLong();
        JsonNode view;
        do {
            Thread.sleep(50);
            view = http.get("/api/v1/results-access/" + series + "/jobs/" + job, officer)
                    .json();
        } while (view.get("state").asText().equals("RUNNING"));
        long wall = (System.nanoTime() - started) / 1_000_000;
        long cpuMs = (processCpuNanos() - cpu) / 1_000_000;
        heap.close();
        if (!view.get("state").asText().equals("DONE")) {
            throw new IllegalStateException("the job ended " + view);
        }
        long bytes = server.jdbi()
                .withHandle(h -> h.createQuery("select coalesce(sum(bytes), 0) from results_files where job_id = :j")
                        .bind("j", job)
                        .mapTo(Long.class)
                        .one());
        return new Measured(view.get("done").asInt(), wall, cpuMs, heap.peak(), bytes);
    }

    /** The letters the job makes, with made-up passwords, to render alone as the baseline. */
    private static List<Letter> letters(TestServer server, long series) {
        return server.jdbi().withHandle(h -> letterRows(h, series));
    }

    private static List<Letter> letterRows(Handle h, long series) {
        List<Letter> out = new ArrayList<>();
        h.createQuery("select c.candidate_number, c.forename || ' ' || c.surname as name from candidates c "
                        + "join centres ce on ce.id = c.centre_id join entries e on e.candidate_id = c.id "
                        + "and e.series_id = :s and e.valid where ce.number = :n order by c.candidate_number")
                .bind("s", series)
                .bind("n", CENTRE)
                .map((rs, ctx) -> new Letter(
                        "Hillside College",
                        CENTRE,
                        "June 2026",
                        rs.getString("name"),
                        rs.getString("candidate_number"),
                        CENTRE + "J26" + rs.getString("candidate_number"),
                        "Abcd-Efgh-" + rs.getString("candidate_number"),
                        "Hillside College",
                        "Daniel Hughes",
                        "01632 960000",
                        "exams@hillside.example",
                        2))
                .forEach(out::add);
        return out;
    }

    private static Measured baseline(List<Letter> letters) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("letter-job-bench");
        Path pdf = dir.resolve("letters.pdf");
        Path zip = dir.resolve("letters.zip");
        System.gc();
        HeapSampler heap = new HeapSampler();
        long cpu = processCpuNanos();
        long started = System.nanoTime();
        try (LetterBundle bundle = LetterBundle.open(pdf, zip)) {
            for (Letter letter : letters) {
                bundle.add(letter);
            }
            bundle.finish();
        }
        long wall = (System.nanoTime() - started) / 1_000_000;
        long cpuMs = (processCpuNanos() - cpu) / 1_000_000;
        heap.close();
        long bytes = Files.size(pdf) + Files.size(zip);
        if (letters.size() > 5_000) {
            System.out.println("pdftotext pages in the baseline PDF: " + PdfPages.count(pdf));
        }
        Files.delete(pdf);
        Files.delete(zip);
        Files.delete(dir);
        return new Measured(letters.size(), wall, cpuMs, heap.peak(), bytes);
    }

    private record Measured(int letters, long wallMs, long cpuMs, long peakHeap, long bytes) {
        void print(String what) {
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %,d | %,.1f s | %,.1f s | %,d MB | %,.1f MB |%n",
                    what,
                    letters,
                    wallMs / 1000.0,
                    cpuMs / 1000.0,
                    peakHeap / (1024 * 1024),
                    bytes / 1e6);
        }
    }

    private static long seriesId(TestHttp http, String token, String name) {
        for (JsonNode s : http.get("/api/v1/series", token).json().get("items")) {
            if (s.get("name").asText().equals(name)) {
                return s.get("id").asLong();
            }
        }
        throw new IllegalStateException("no series " + name);
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}

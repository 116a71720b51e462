package org.examdesk.admin.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import org.examdesk.admin.accounts.Actor;
import org.examdesk.admin.accounts.Caller;
import org.examdesk.admin.accounts.CentreRef;
import org.examdesk.admin.accounts.Role;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.db.Database;
import org.examdesk.admin.imports.ImportService;
import org.examdesk.admin.mail.Outbox;
import org.examdesk.admin.students.ActivationCodes;
import org.examdesk.admin.students.StudentMail;
import org.examdesk.admin.testing.TestDatabase;
import org.examdesk.admin.web.Json;
import org.jdbi.v3.core.Jdbi;

/**
 * Import benchmark (a main class, not a test): 600-row uploads (the limit), then 100,000 rows with the limit
 * lifted, each parsed, checked against the exam entries and existing accounts, and written with activation
 * codes, welcome emails and audit rows in one transaction. Prints the timings; see the README for the command.
 */
public final class ImportBench {
    private static final int SMALL = 600;
    private static final int LARGE = Integer.getInteger("bench.large", 100_000);
    private static final int SMALL_RUNS = Integer.getInteger("bench.smallRuns", 15);
    private static final int LARGE_RUNS = Integer.getInteger("bench.largeRuns", 2);

    private ImportBench() {}

    public static void main(String[] args) {
        try (Database db = TestDatabase.fresh()) {
            Jdbi jdbi = db.jdbi();
            long centre = jdbi.withHandle(
                    h -> h.createUpdate("insert into centres (number, name) values ('90001', " + "'Benchmark College')")
                            .executeAndReturnGeneratedKeys("id")
                            .mapTo(Long.class)
                            .one());
            long user = jdbi.withHandle(h -> h.createUpdate(
                            "insert into users (username, email, first_name, last_name, "
                                    + "password_hash, centre_id) values ('bench', 'bench@x.example', 'Bench', 'Officer', '-', :c)")
                    .bind("c", centre)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one());
            int total = SMALL * SMALL_RUNS + LARGE * LARGE_RUNS;
            long started = System.nanoTime();
            jdbi.useHandle(h -> h.createUpdate(
                            """
                    insert into exam_entries (centre_id, uci, forename, surname, date_of_birth, series)
                    select :c, lpad(i::text, 12, '0') || 'B', 'Forename' || (i % 97), 'Surname' || (i % 1013),
                           date '2008-09-01' + (i % 700), 'june-2026' from generate_series(1, :n) i""")
                    .bind("c", centre)
                    .bind("n", total)
                    .execute());
            jdbi.useHandle(h -> h.execute("analyze"));
            System.out.printf("entries: %,d exam entries in %d ms%n", total, (System.nanoTime() - started) / 1_000_000);

            Actor actor = new Actor(
                    new Caller(
                            Caller.Kind.STAFF,
                            user,
                            "Bench Officer",
                            Set.of(Role.EXAMS_OFFICER),
                            new CentreRef(centre, "90001", "Benchmark College"),
                            "api"),
                    "bench");
            ImportService small = service(jdbi, SMALL);
            ImportService large = service(jdbi, LARGE);
            int next = 1;
            long[] smallTimes = new long[SMALL_RUNS];
            for (int run = 0; run < SMALL_RUNS; run++) {
                smallTimes[run] = timeImport(small, actor, csv(next, SMALL), SMALL);
                next += SMALL;
            }
            report("600-row import", smallTimes, 5);
            long[] largeTimes = new long[LARGE_RUNS];
            for (int run = 0; run < LARGE_RUNS; run++) {
                largeTimes[run] = timeImport(large, actor, csv(next, LARGE), LARGE);
                next += LARGE;
            }
            report("100,000-row import", largeTimes, 0);
        }
    }

    private static ImportService service(Jdbi jdbi, int rowLimit) {
        AuditLog audit = new AuditLog(Json.mapper());
        return ImportService.create(
                jdbi,
                Clock.systemUTC(),
                new ActivationCodes(Clock.systemUTC(), Duration.ofDays(30)),
                new StudentMail(new Outbox(), "http://localhost:7070/"),
                new Outbox(),
                audit,
                rowLimit);
    }

    private static long timeImport(ImportService service, Actor actor, byte[] file, int expected) {
        long start = System.nanoTime();
        ImportService.Result result = service.importFile(actor, "bench.csv", file, true);
        long micros = (System.nanoTime() - start) / 1_000;
        if (result.accepted() != expected) {
            throw new IllegalStateException("expected " + expected + " accepted, got " + result.accepted()
                    + "; first rejection: " + result.rejected().get(0));
        }
        return micros;
    }

    /** A CSV in the template's columns whose rows match the generated exam entries from {@code first}. */
    private static byte[] csv(int first, int count) {
        StringBuilder out =
                new StringBuilder(count * 80).append("Forename,Surname,UCI,Email,Date of birth,School year\r\n");
        LocalDate base = LocalDate.of(2008, 9, 1);
        for (int i = first; i < first + count; i++) {
            LocalDate dob = base.plusDays(i % 700);
            out.append("Forename")
                    .append(i % 97)
                    .append(",Surname")
                    .append(i % 1013)
                    .append(',')
                    .append(String.format("%012dB", i))
                    .append(",student")
                    .append(i)
                    .append("@bench.example,")
                    .append(String.format("%02d/%02d/%d", dob.getDayOfMonth(), dob.getMonthValue(), dob.getYear()))
                    .append(",11\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The machine's load, printed with the figures: they mean little on a machine busy with other work. */
    static String load() {
        return String.format(
                "load average %.1f on %d cores",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    private static void report(String name, long[] micros, int warmup) {
        long[] measured = Arrays.copyOfRange(micros, warmup, micros.length);
        Arrays.sort(measured);
        System.out.printf(
                "%s: runs %d (after %d warm-up), min %.1f ms, median %.1f ms, max %.1f ms (%s)%n",
                name,
                measured.length,
                warmup,
                measured[0] / 1000.0,
                measured[measured.length / 2] / 1000.0,
                measured[measured.length - 1] / 1000.0,
                load());
    }
}

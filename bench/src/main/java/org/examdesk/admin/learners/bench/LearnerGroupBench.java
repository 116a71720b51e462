package org.examdesk.admin.learners.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.examdesk.admin.accounts.Role;
import org.examdesk.admin.db.Copy;
import org.examdesk.admin.testing.Multipart;
import org.examdesk.admin.testing.TestCallers;
import org.examdesk.admin.testing.TestServer;
import org.jdbi.v3.core.Jdbi;

/**
 * Learner-group benchmark (a main class, not a test): a group of 10,000 learners and 240 invalid rows, generated,
 * uploaded over HTTP, checked by its job (against the Learner Records Service table and the centre's learners),
 * its invalid rows removed at once, then submitted; each run at a new centre. Prints each phase and the total,
 * beside the baseline of a plain PostgreSQL COPY of the same 10,000 learners, and the machine's load.
 */
public final class LearnerGroupBench {
    private static final int LEARNERS = Integer.getInteger("bench.learners", 10_000);
    private static final int INVALID = Integer.getInteger("bench.invalid", 240);
    private static final int RUNS = Integer.getInteger("bench.runs", 4);
    /** How often the group is read while its job runs: often enough to see the end, not so often as to slow it. */
    private static final int POLL_MILLIS = 50;

    private static final ObjectMapper JSON = new ObjectMapper();

    private LearnerGroupBench() {}

    public static void main(String[] args) throws Exception {
        System.out.println("before: " + load());
        try (TestServer server =
                new TestServer().maxRequestSize(32L * 1024 * 1024).start()) {
            Jdbi jdbi = server.jdbi();
            HttpClient http = HttpClient.newHttpClient();
            StatementTimes statements = new StatementTimes();
            jdbi.setSqlLogger(statements);
            GroupFileData data = new GroupFileData(20261207L);
            List<long[]> runs = new ArrayList<>();
            long[] copies = new long[RUNS];
            for (int run = 0; run < RUNS; run++) {
                String centre = "9" + String.format("%04d", run + 1);
                jdbi.useHandle(
                        h -> h.execute("insert into centres (number, name) values (?, ?)", centre, "Bench " + centre));
                String token = new TestCallers(jdbi).staff(Role.CENTRE_ADMINISTRATOR, centre);
                byte[] file = data.csv(LEARNERS, INVALID);
                storeRecords(jdbi, data);
                runs.add(timeRun(server, http, token, file, "Bench group " + run));
                copies[run] = baseline(jdbi, centre);
                if (run == 0) {
                    statements.reset();
                }
            }
            report(runs, copies);
            System.out.println("  database time per measured run, by statement (COPY not included):");
            statements.print(8, RUNS - 1);
        }
        System.out.println("after: " + load());
    }

    /** Upload, check, remove the invalid rows, submit: the microseconds of each phase and of them all. */
    private static long[] timeRun(TestServer server, HttpClient http, String token, byte[] file, String name)
            throws Exception {
        long start = System.nanoTime();
        JsonNode group = send(
                http,
                Multipart.upload(
                        server.base().resolve("/api/v1/learner-groups"),
                        token,
                        "bench.csv",
                        file,
                        Map.of("name", name)),
                201);
        long uploaded = System.nanoTime();
        String path = "/api/v1/learner-groups/" + group.get("id").asLong();
        while (group.get("state").asText().equals("VALIDATING")) {
            Thread.sleep(POLL_MILLIS);
            group = send(http, request(server, path, token).GET(), 200);
        }
        long checked = System.nanoTime();
        if (group.get("valid").asInt() != LEARNERS) {
            throw new IllegalStateException("expected " + LEARNERS + " valid records: " + group);
        }
        send(http, request(server, path + "/records?valid=false", token).DELETE(), 200);
        long cleared = System.nanoTime();
        JsonNode submitted =
                send(http, request(server, path + "/submit", token).POST(HttpRequest.BodyPublishers.noBody()), 200);
        long done = System.nanoTime();
        if (submitted.get("created").asInt() != LEARNERS) {
            throw new IllegalStateException("expected " + LEARNERS + " learners: " + submitted);
        }
        return new long[] {
            (uploaded - start) / 1000,
            (checked - uploaded) / 1000,
            (cleared - checked) / 1000,
            (done - cleared) / 1000,
            (done - start) / 1000
        };
    }

    /** The Learner Records Service's rows for the ULNs generated so far (not timed). */
    private static void storeRecords(Jdbi jdbi, GroupFileData data) {
        List<List<Object>> rows = new ArrayList<>();
        for (GroupFileData.Held held : data.lrs) {
            rows.add(List.of(held.uln(), held.givenName(), held.familyName(), held.dateOfBirth()));
        }
        data.lrs.clear();
        jdbi.useTransaction(h -> Copy.into(h, "lrs_learners (uln, given_name, family_name, date_of_birth)", rows));
    }

    /** The floor: the same learners copied straight into the table at another centre, nothing checked. */
    private static long baseline(Jdbi jdbi, String centre) {
        String copyCentre = "8" + centre.substring(1);
        long copyId = jdbi.withHandle(h -> h.createUpdate("insert into centres (number, name) values (:n, :n)")
                .bind("n", copyCentre)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
        List<List<Object>> rows = jdbi.withHandle(h -> h.createQuery(
                        "select learner_ref, given_name, family_name, date_of_birth, gender, uln from learners "
                                + "where centre_id = (select id from centres where number = :c)")
                .bind("c", centre)
                .map((rs, ctx) -> Arrays.<Object>asList(
                        "C" + rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5),
                        rs.getString(6),
                        copyId))
                .list());
        return jdbi.inTransaction(h -> {
            long start = System.nanoTime();
            Copy.into(
                    h, "learners (learner_ref, given_name, family_name, date_of_birth, gender, uln, centre_id)", rows);
            return (System.nanoTime() - start) / 1000;
        });
    }

    private static HttpRequest.Builder request(TestServer server, String path, String token) {
        return HttpRequest.newBuilder(server.base().resolve(path)).header("Authorization", "Bearer " + token);
    }

    private static JsonNode send(HttpClient http, HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static void report(List<long[]> runs, long[] copies) {
        String[] phases = {
            "upload (parse, header check, store records)",
            "check job (every record)",
            "remove the invalid rows",
            "submit (check again, create learners, audit)",
            "total"
        };
        System.out.printf("%,d learners + %d invalid rows, %d runs (the first is warm-up)%n", LEARNERS, INVALID, RUNS);
        for (int p = 0; p < phases.length; p++) {
            long[] values = new long[runs.size() - 1];
            for (int r = 1; r < runs.size(); r++) {
                values[r - 1] = runs.get(r)[p];
            }
            System.out.printf("  %-48s %s (first run %.0f ms)%n", phases[p], summary(values), runs.get(0)[p] / 1000.0);
        }
        System.out.printf(
                "  %-48s %s (first run %.0f ms)%n",
                "baseline: plain COPY of the 10,000 learners",
                summary(Arrays.copyOfRange(copies, 1, copies.length)),
                copies[0] / 1000.0);
    }

    private static String summary(long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        return String.format(
                "min %.0f ms, median %.0f ms, max %.0f ms",
                sorted[0] / 1000.0, sorted[sorted.length / 2] / 1000.0, sorted[sorted.length - 1] / 1000.0);
    }

    /** The machine's load: the figures mean little on a machine busy with other work. */
    static String load() {
        return String.format(
                "load average %.1f on %d cores",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }
}

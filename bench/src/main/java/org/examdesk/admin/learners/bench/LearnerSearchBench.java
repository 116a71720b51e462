package org.examdesk.admin.learners.bench;

import static org.examdesk.admin.testing.ArticlesFolder.articles;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.examdesk.admin.accounts.Role;
import org.examdesk.admin.db.Database;
import org.examdesk.admin.learners.bench.LearnerCorpus.Loaded;
import org.examdesk.admin.learners.bench.LearnerWriter.Sampled;
import org.examdesk.admin.learners.bench.QueryMix.Kind;
import org.examdesk.admin.testing.TestCallers;
import org.examdesk.admin.testing.TestDatabase;
import org.examdesk.admin.testing.TestServer;
import org.examdesk.knowledge.KnowledgeBase;
import org.examdesk.knowledge.KnowledgeConfig;
import org.jdbi.v3.core.Handle;

/**
 * Learner search and results search benchmark (a main class, not a test): generates 1,000,000 learners over 3,000
 * centres ({@link LearnerCorpus}), then sends the {@link QueryMix} over HTTP to the admin API as signed-in centre
 * staff and support agents, one request at a time, each kind as often as the others, in a shuffled order each
 * round. Each request is timed from send to the last byte of the answer; then the SQL statements it ran are run
 * again over JDBC and timed, and a trivial signed-in GET is timed among them as a baseline. Prints the data's
 * spread, the machine's load, p50/p95/p99 per kind and over all searches, and the plans of the slowest kind.
 * Sizes: {@code -Dbench.learners}, {@code -Dbench.centres}, {@code -Dbench.rounds} (measured requests per kind),
 * {@code -Dbench.warmup} (rounds before them); {@code -Dbench.explain=all} prints the plans of every kind.
 */
public final class LearnerSearchBench {
    private static final int LEARNERS = Integer.getInteger("bench.learners", 1_000_000);
    private static final int CENTRES = Integer.getInteger("bench.centres", 3_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 200);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 20);
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

    private LearnerSearchBench() {}

    public static void main(String[] args) throws Exception {
        System.out.println("machine at start: " + load());
        Database db = TestDatabase.fresh();
        Loaded data = LearnerCorpus.load(db.jdbi(), LEARNERS, CENTRES, 20261204L, 20_000);
        System.out.printf("%,d learners over %,d centres: %s (%s)%n", LEARNERS, CENTRES, data.timings(), load());
        DataReport.lines(db.jdbi()).forEach(line -> System.out.println("  " + line));
        measure(db, data.sample(), WARMUP, ROUNDS, true);
    }

    /**
     * Starts the admin API over the loaded database, sends {@code warmup + rounds} rounds of every kind and returns
     * the measured rounds' timings; with {@code print}, prints them and the plans.
     */
    static Timings measure(Database db, List<Sampled> sample, int warmup, int rounds, boolean print)
            throws IOException, InterruptedException {
        SqlCapture capture = new SqlCapture();
        db.jdbi().setSqlLogger(capture);
        try (KnowledgeBase knowledge = KnowledgeBase.open(new KnowledgeConfig(articles(), Map.of(), false));
                TestServer server =
                        new TestServer().knowledge(knowledge).database(db).start();
                Handle replay = db.jdbi().open()) {
            Timings timings = run(server, db, sample, capture, replay, warmup, rounds);
            if (print) {
                System.out.println("searches done (" + load() + ")");
                timings.table(QueryMix.BASELINE).forEach(System.out::println);
                explain("slowest kind by p99: ", timings.slowest(QueryMix.BASELINE), replay);
                if ("all".equals(System.getProperty("bench.explain"))) {
                    timings.kinds.entrySet().forEach(kind -> explain("kind: ", kind, replay));
                }
            }
            capture.take();
            return timings;
        }
    }

    private static Timings run(
            TestServer server,
            Database db,
            List<Sampled> sample,
            SqlCapture capture,
            Handle replay,
            int warmup,
            int rounds)
            throws IOException, InterruptedException {
        TestCallers callers = new TestCallers(db.jdbi());
        Random random = new Random(11);
        List<String> agents = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            agents.add(callers.staff(i < 4 ? Role.SUPPORT_AGENT : Role.BOARD_ADMIN, null));
        }
        Map<String, String> centreStaff = new HashMap<>();
        HttpClient http = HttpClient.newHttpClient();
        List<Kind> kinds = new ArrayList<>(QueryMix.kinds());
        Timings timings = new Timings();
        for (int round = 0; round < warmup + rounds; round++) {
            Collections.shuffle(kinds, random);
            for (Kind kind : kinds) {
                Sampled learner;
                do {
                    learner = sample.get(random.nextInt(sample.size()));
                } while (!QueryMix.fits(kind, learner));
                String token = kind.across()
                        ? agents.get(random.nextInt(agents.size()))
                        : centreStaff.computeIfAbsent(
                                learner.centre().number(),
                                number -> callers.staff(
                                        random.nextInt(10) < 7 ? Role.CENTRE_ADMINISTRATOR : Role.ASSESSOR, number));
                HttpRequest request = HttpRequest.newBuilder(
                                server.base().resolve(kind.path().apply(learner, random)))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build();
                Timings.once(
                        http,
                        request,
                        capture,
                        replay,
                        round >= warmup ? timings : null,
                        kind.name(),
                        LearnerSearchBench::total);
            }
        }
        return timings;
    }

    private static void explain(String title, Map.Entry<String, Timings.Kind> kind, Handle replay) {
        System.out.println(title + kind.getKey() + "; its slowest request, " + kind.getValue().slowestPath + ", ran:");
        for (SqlCapture.Statement s : kind.getValue().slowestStatements) {
            SqlCapture.explain(replay, s).forEach(line -> System.out.println("  plan: " + line));
        }
    }

    private static long total(String body) {
        Matcher m = TOTAL.matcher(body);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /** The load averages over 1, 5 and 15 minutes and the number of cores. */
    public static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return "load average " + parts[0] + " " + parts[1] + " " + parts[2] + " on "
                    + Runtime.getRuntime().availableProcessors() + " cores";
        } catch (IOException e) {
            return "load average unknown";
        }
    }
}

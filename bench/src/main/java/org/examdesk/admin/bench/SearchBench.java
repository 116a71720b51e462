package org.examdesk.admin.bench;

import static org.examdesk.admin.testing.ArticlesFolder.articles;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.examdesk.admin.accounts.Role;
import org.examdesk.admin.bench.StudentCorpus.Loaded;
import org.examdesk.admin.bench.StudentCorpus.Sampled;
import org.examdesk.admin.bench.StudentCorpus.Staff;
import org.examdesk.admin.bench.StudentQueryMix.Kind;
import org.examdesk.admin.db.Database;
import org.examdesk.admin.learners.bench.LearnerSearchBench;
import org.examdesk.admin.learners.bench.SqlCapture;
import org.examdesk.admin.learners.bench.Timings;
import org.examdesk.admin.testing.TestCallers;
import org.examdesk.admin.testing.TestDatabase;
import org.examdesk.admin.testing.TestServer;
import org.examdesk.knowledge.KnowledgeBase;
import org.examdesk.knowledge.KnowledgeConfig;
import org.jdbi.v3.core.Handle;

/**
 * Student search benchmark (a main class, not a test): generates 1,000,000 students over 3,000 centres ({@link
 * StudentCorpus}), then sends the {@link StudentQueryMix} over HTTP to the admin API as exams staff of the student's
 * centre and as support agents, one request at a time, each kind as often as the others, in a shuffled order each
 * round (a name match across every centre in one round in {@value StudentQueryMix#ACROSS_MATCH_EVERY} only: it
 * takes seconds). Each request is timed from send to the last byte of the answer; then the student statements it ran are run
 * again over JDBC and timed, and a trivial signed-in GET is timed among them as a baseline. Prints the data's
 * spread, the machine's load, n/p50/p95/p99/max per kind, the indexes each kind's plan uses, and {@code EXPLAIN
 * (ANALYZE, BUFFERS)} of the slowest kind. Sizes: {@code -Dbench.students}, {@code -Dbench.centres}, {@code
 * -Dbench.rounds} (measured requests per kind), {@code -Dbench.warmup} (rounds before them); {@code
 * -Dbench.explain=all} prints the plans of every kind.
 */
public final class SearchBench {
    private static final int STUDENTS = Integer.getInteger("bench.students", 1_000_000);
    private static final int CENTRES = Integer.getInteger("bench.centres", 3_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 100);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 10);
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");
    private static final Pattern MATCHED = Pattern.compile("\"matched\":");
    private static final Pattern INDEX = Pattern.compile("(?:using|on) (\\w+_(?:idx|key|pkey))");

    private SearchBench() {}

    public static void main(String[] args) throws Exception {
        System.out.println("machine at start: " + LearnerSearchBench.load());
        Database db = TestDatabase.fresh();
        Loaded data = StudentCorpus.load(db.jdbi(), STUDENTS, CENTRES, 20261207L, 20_000);
        System.out.printf(
                "%,d students over %,d centres: %s (%s)%n",
                STUDENTS, CENTRES, data.timings(), LearnerSearchBench.load());
        StudentDataReport.lines(db.jdbi()).forEach(line -> System.out.println("  " + line));
        measure(db, data, WARMUP, ROUNDS, true);
    }

    /**
     * Starts the admin API over the loaded database, sends {@code warmup + rounds} rounds of every kind and returns
     * the measured rounds' timings; with {@code print}, prints them, the indexes per kind and the plans.
     */
    static Timings measure(Database db, Loaded data, int warmup, int rounds, boolean print)
            throws IOException, InterruptedException {
        SqlCapture capture = new SqlCapture("students");
        db.jdbi().setSqlLogger(capture);
        try (KnowledgeBase knowledge = KnowledgeBase.open(new KnowledgeConfig(articles(), Map.of(), false));
                TestServer server =
                        new TestServer().knowledge(knowledge).database(db).start();
                Handle replay = db.jdbi().open()) {
            Timings timings = run(server, db, data, capture, replay, warmup, rounds);
            if (print) {
                System.out.println("searches done (" + LearnerSearchBench.load() + ")");
                timings.table(StudentQueryMix.BASELINE).forEach(System.out::println);
                System.out.println("indexes in the plan of each kind's slowest request:");
                timings.kinds.forEach((name, kind) -> System.out.println("  " + name + ": " + indexes(replay, kind)));
                explain("slowest kind by p99: ", timings.slowest(StudentQueryMix.BASELINE), replay);
                if ("all".equals(System.getProperty("bench.explain"))) {
                    timings.kinds.entrySet().forEach(kind -> explain("kind: ", kind, replay));
                }
            }
            capture.take();
            return timings;
        }
    }

    private static Timings run(
            TestServer server, Database db, Loaded data, SqlCapture capture, Handle replay, int warmup, int rounds)
            throws IOException, InterruptedException {
        TestCallers callers = new TestCallers(db.jdbi());
        Random random = new Random(13);
        List<String> agents = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            agents.add(callers.staff(Role.SUPPORT_AGENT, null));
        }
        List<Sampled> sample = data.sample();
        HttpClient http = HttpClient.newHttpClient();
        List<Kind> kinds = new ArrayList<>(StudentQueryMix.kinds());
        for (Kind kind : kinds) {
            if (sample.stream().noneMatch(kind.fits())) {
                throw new IllegalStateException("No student of the sample fits the kind " + kind.name());
            }
        }
        Timings timings = new Timings();
        for (int round = 0; round < warmup + rounds; round++) {
            Collections.shuffle(kinds, random);
            for (Kind kind : kinds) {
                if (kind.every() > 1 && (round < warmup || (round - warmup) % kind.every() != 0)) {
                    continue;
                }
                Sampled student;
                do {
                    student = sample.get(random.nextInt(sample.size()));
                } while (!kind.fits().test(student));
                List<Staff> staff = data.staff().get(student.centre().id());
                String token =
                        switch (kind.caller()) {
                            case AGENT -> agents.get(random.nextInt(agents.size()));
                            case CREATOR -> student.creator().token();
                            case STAFF -> staff.get(random.nextInt(staff.size()))
                                    .token();
                        };
                HttpRequest request = HttpRequest.newBuilder(
                                server.base().resolve(kind.path().apply(student, random)))
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
                        SearchBench::found);
            }
        }
        return timings;
    }

    /** The indexes named in the plans of a kind's slowest request (none: a sequential scan or no statement). */
    private static String indexes(Handle replay, Timings.Kind kind) {
        TreeSet<String> names = new TreeSet<>();
        for (SqlCapture.Statement s : kind.slowestStatements) {
            for (String line : SqlCapture.explain(replay, s)) {
                Matcher m = INDEX.matcher(line);
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return kind.slowestStatements.isEmpty()
                ? "(no student statement)"
                : names.isEmpty() ? "none" : names.toString();
    }

    private static void explain(String title, Map.Entry<String, Timings.Kind> kind, Handle replay) {
        System.out.println(title + kind.getKey() + "; its slowest request, " + kind.getValue().slowestPath + ", ran:");
        for (SqlCapture.Statement s : kind.getValue().slowestStatements) {
            SqlCapture.explain(replay, s).forEach(line -> System.out.println("  plan: " + line));
        }
    }

    /** The total of a search's answer, or how many students a name match answered. */
    private static long found(String body) {
        Matcher m = TOTAL.matcher(body);
        if (m.find()) {
            return Long.parseLong(m.group(1));
        }
        return MATCHED.matcher(body).results().count();
    }
}

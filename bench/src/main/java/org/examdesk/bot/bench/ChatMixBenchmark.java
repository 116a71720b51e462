package org.examdesk.bot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.web.Json;
import org.examdesk.bot.TestApp;

/**
 * Web-chat sessions with a realistic mix (issue 19, item 4): half are the demo exams officer signed in (one session
 * token, as in many tabs), running an account
 * flow to its confirmation and back ("Ruby Taylor's account is locked", then "no"), asking a question, starting
 * over; a quarter are visitors asking questions (articles, out of scope, help, greetings); a quarter are students
 * who pass the identity check (email, date of birth, UCI of a real account) and then ask about their own account.
 * Each page sends a message a second for a bounded time and waits for its answer before the next, as a person
 * would. Prints, per kind and overall, replies a second and reply-time percentiles, and the process CPU time per
 * reply (the clients run in the same JVM and are included). Arguments: [sessions=200] [seconds=60] [trace: print
 * what one page of each kind sends and receives for 8 s instead of measuring]. Loopback only, the whole app started in this JVM.
 */
public final class ChatMixBenchmark {
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final Duration DRAIN = Duration.ofSeconds(30);
    private static final int CONNECT_BATCH = 25;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    enum Kind {
        STAFF,
        VISITOR,
        STUDENT
    }

    record Session(Kind kind, ChatClient client, List<String> script, AtomicInteger next) {}

    private ChatMixBenchmark() {}

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        boolean trace = args.length > 2 && args[2].equals("trace");
        if (sessions < 3 || sessions > 1_000 || seconds < 1 || seconds > 600) {
            throw new IllegalArgumentException("sessions 3..1000 and seconds 1..600");
        }
        TestApp app = new TestApp()
                .env(Map.of("EXAMDESK_ARTICLES_DIR", BenchWiring.articlesDir(), "DATABASE_POOL_SIZE", "10"))
                .start();
        try {
            if (trace) {
                run(
                        app,
                        3,
                        8,
                        Duration.ZERO,
                        (kind, line) -> System.out.println(
                                "  " + kind + " " + (line.length() > 300 ? line.substring(0, 300) + "..." : line)));
            } else {
                print(run(app, sessions, seconds, WARM_UP, (kind, line) -> {}));
            }
        } finally {
            app.close();
        }
        System.exit(0); // the embedded PostgreSQL of the test support keeps the JVM alive otherwise
    }

    /** What one run measured: each kind's figures, the sessions, the window, the process CPU in it, the load. */
    record Result(Map<Kind, ChatLoadStats> stats, List<Session> sessions, int seconds, long cpuNanos, String load) {}

    /**
     * Runs {@code sessions} pages (the first three one of each kind, then half staff, a quarter of each other kind)
     * for {@code seconds} after {@code warmUp}; {@code seen} gets each page's kind and every line it sends or
     * receives.
     */
    static Result run(TestApp app, int sessions, int seconds, Duration warmUp, BiConsumer<Kind, String> seen)
            throws Exception {
        Scripts scripts = Scripts.from(app.http(), app.login("officer@riverside.example"));
        Map<Kind, ChatLoadStats> stats = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            stats.put(kind, new ChatLoadStats());
        }
        HttpClient http = HttpClient.newBuilder()
                .executor(Executors.newFixedThreadPool(2))
                .build();
        URI uri = URI.create("ws://127.0.0.1:" + app.port() + "/chat/ws");
        List<Session> all = connect(app, http, uri, sessions, scripts, stats, seen);
        long windowStart = System.nanoTime() + warmUp.toNanos();
        long windowEnd = windowStart + TimeUnit.SECONDS.toNanos(seconds);
        List<ChatClient> pages = all.stream().map(Session::client).toList();
        PageClock clock = new PageClock(
                pages,
                i -> {
                    Session s = all.get(i);
                    return s.script()
                            .get(s.next().getAndIncrement() % s.script().size());
                },
                windowStart,
                windowEnd);
        Thread.sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(windowStart - System.nanoTime())));
        long cpuStart = processCpuNanos();
        Thread.sleep(TimeUnit.NANOSECONDS.toMillis(windowEnd - System.nanoTime()));
        long cpu = processCpuNanos() - cpuStart;
        String load = Samples.machine();
        clock.stop(pages, DRAIN);
        pages.forEach(ChatClient::close);
        return new Result(stats, all, seconds, cpu, load);
    }

    /** Opens the sockets in batches: one page of each kind, then half staff (signed in), a quarter of each other. */
    private static List<Session> connect(
            TestApp app,
            HttpClient http,
            URI uri,
            int sessions,
            Scripts scripts,
            Map<Kind, ChatLoadStats> stats,
            BiConsumer<Kind, String> seen) {
        List<Session> all = new ArrayList<>();
        // one officer in many tabs: sign-ins from one address are throttled, and a session serves any number of pages
        String officer = app.login("officer@riverside.example");
        for (int from = 0; from < sessions; from += CONNECT_BATCH) {
            List<CompletableFuture<Void>> batch = new ArrayList<>();
            for (int i = from; i < Math.min(sessions, from + CONNECT_BATCH); i++) {
                Kind kind =
                        i < 3 ? Kind.values()[i] : i % 4 < 2 ? Kind.STAFF : i % 4 == 2 ? Kind.VISITOR : Kind.STUDENT;
                ChatClient client = new ChatClient(stats.get(kind), Json.mapper(), line -> seen.accept(kind, line));
                String token = kind == Kind.STAFF ? officer : null;
                all.add(new Session(kind, client, scripts.of(kind, i), new AtomicInteger()));
                batch.add(http.newWebSocketBuilder()
                        .connectTimeout(Duration.ofSeconds(10))
                        .buildAsync(uri, client)
                        .thenCompose(socket -> client.start(socket, token)));
            }
            CompletableFuture.allOf(batch.toArray(CompletableFuture[]::new))
                    .orTimeout(120, TimeUnit.SECONDS)
                    .join();
        }
        return all;
    }

    private static void print(Result result) {
        Map<Kind, ChatLoadStats> stats = result.stats();
        List<Session> all = result.sessions();
        int seconds = result.seconds();
        long cpu = result.cpuNanos();
        System.out.printf(
                "Web chat mix over /chat/ws: %d sessions (%d staff, %d visitors, %d students), a message a second "
                        + "each when the last is answered, %d s measured after %d s warm-up; at the end of the "
                        + "window %s%n",
                all.size(),
                all.stream().filter(s -> s.kind() == Kind.STAFF).count(),
                all.stream().filter(s -> s.kind() == Kind.VISITOR).count(),
                all.stream().filter(s -> s.kind() == Kind.STUDENT).count(),
                seconds,
                WARM_UP.toSeconds(),
                result.load());
        Samples overall = new Samples();
        long answered = 0;
        long errors = 0;
        for (Map.Entry<Kind, ChatLoadStats> e : stats.entrySet()) {
            ChatLoadStats s = e.getValue();
            Samples times = s.replyTimes();
            for (int i = 0; i < times.count(); i++) {
                overall.add(times.value(i));
            }
            answered += s.answered();
            errors += s.errorCount();
            System.out.printf(
                    "  %-8s sent %6d (%.1f/s), replies %6d (%.1f/s), waited %d; %s; errors %d %s%n",
                    e.getKey(),
                    s.sent(),
                    s.sent() / (double) seconds,
                    s.answered(),
                    s.answered() / (double) seconds,
                    s.waited(),
                    times.summary(),
                    s.errorCount(),
                    s.errors());
        }
        System.out.printf(
                "  all      replies %.1f/s; %s; errors %d%n", answered / (double) seconds, overall.summary(), errors);
        System.out.printf(
                "  process CPU %.1f s in the window: %.2f ms a reply (clients included)%n",
                cpu / 1e9, answered == 0 ? Double.NaN : cpu / 1e6 / answered);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The messages each kind of page sends, in a loop, from the demo's own students. */
    record Scripts(List<String> problemStudents, List<JsonNode> students) {
        private static final List<String> QUESTIONS = List.of(
                "how do I reactivate a locked student account",
                "when are results released to students",
                "what's the weather like tomorrow",
                "help",
                "how do I import students from a spreadsheet",
                "hello",
                "a student never received the activation email",
                "what does the forgotten password status mean");

        static Scripts from(TestHttp http, String officer) {
            List<String> problems = new ArrayList<>();
            for (String status : List.of("LOCKED", "FORGOTTEN_PASSWORD", "FAILED_ACTIVATION")) {
                http.get("/api/v1/students?size=50&status=" + status, officer)
                        .json()
                        .path("items")
                        .forEach(s -> problems.add(s.path("forename").asText() + " "
                                + s.path("surname").asText()));
            }
            List<JsonNode> students = new ArrayList<>();
            http.get("/api/v1/students?size=200&status=ACTIVE", officer)
                    .json()
                    .path("items")
                    .forEach(s -> {
                        if (s.hasNonNull("email") && s.hasNonNull("uci")) {
                            students.add(s);
                        }
                    });
            if (problems.isEmpty() || students.isEmpty()) {
                throw new IllegalStateException("The demo data has no students to script the chat with.");
            }
            return new Scripts(List.copyOf(problems), List.copyOf(students));
        }

        List<String> of(Kind kind, int n) {
            return switch (kind) {
                case STAFF -> {
                    String name = problemStudents.get(n % problemStudents.size());
                    yield List.of(
                            name + "'s account is locked", "no", QUESTIONS.get(n % QUESTIONS.size()), "start over");
                }
                case VISITOR -> {
                    List<String> rotated = new ArrayList<>(QUESTIONS);
                    java.util.Collections.rotate(rotated, n);
                    yield rotated;
                }
                case STUDENT -> {
                    JsonNode s = students.get(n % students.size());
                    List<String> script = new ArrayList<>(List.of(
                            "i'm a student and i can't sign in to my results account",
                            s.path("email").asText(),
                            java.time.LocalDate.parse(s.path("dateOfBirth").asText())
                                    .format(DAY),
                            s.path("uci").asText()));
                    for (int i = 0; i < 20; i++) {
                        script.add(List.of("what is my account status", "when will my results show", "help")
                                .get(i % 3));
                    }
                    yield script;
                }
            };
        }
    }
}

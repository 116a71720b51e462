package org.examdesk.bot.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.examdesk.admin.web.Json;
import org.examdesk.bot.TestApp;

/**
 * A signed-in question through the bot's HTTP channel beside the article search it answers from (issue 19, item
 * 4): the same questions, the same client threads, one after the other in one run. The search is
 * {@code GET /api/v1/articles/search?q=}; the chat is {@code POST /bot/v1/conversations/{id}/messages}, one
 * conversation per client thread, as the demo exams officer (the turn understands the message, searches, answers
 * from the article, offers the task and stores the transcript). Each side runs for a fixed time, the search again at
 * the end to show the machine did not drift. Prints requests a second, latency percentiles and the ratio. Arguments:
 * [threads=4] [seconds=20]. Loopback only, the whole app started in this JVM.
 */
public final class HttpChannelBench {
    private static final List<String> QUESTIONS = List.of(
            "how do I reactivate a locked student account",
            "when are results released to students",
            "how do I import students from a spreadsheet",
            "a student never received the activation email",
            "what does the forgotten password status mean",
            "how do I give candidates results access",
            "how long does an activation code last",
            "how do I change a student's email address");

    private record Side(String name, int requests, double seconds, Samples times, int failures) {
        double perSecond() {
            return requests / seconds;
        }
    }

    private interface Call {
        int send(HttpClient http, int thread, int n) throws Exception;
    }

    private HttpChannelBench() {}

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        if (threads < 1 || threads > 64 || seconds < 1 || seconds > 600) {
            throw new IllegalArgumentException("threads 1..64 and seconds 1..600");
        }
        TestApp app = new TestApp()
                .env(Map.of("EXAMDESK_ARTICLES_DIR", BenchWiring.articlesDir(), "DATABASE_POOL_SIZE", "10"))
                .start();
        try {
            run(app, threads, seconds);
        } finally {
            app.close();
        }
        System.exit(0); // the embedded PostgreSQL of the test support keeps the JVM alive otherwise
    }

    private static void run(TestApp app, int threads, int seconds) throws Exception {
        String token = app.login("officer@riverside.example");
        URI base = app.base();
        HttpClient http = HttpClient.newHttpClient();
        List<String> conversations = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            conversations.add(Json.mapper()
                    .readTree(send(http, post(base.resolve("/bot/v1/conversations"), token, "{}"))
                            .body())
                    .path("id")
                    .asText());
        }
        Call search = (client, thread, n) -> send(
                        client,
                        HttpRequest.newBuilder(base.resolve("/api/v1/articles/search?q="
                                        + URLEncoder.encode(question(thread, n), StandardCharsets.UTF_8)))
                                .header("Authorization", "Bearer " + token)
                                .GET()
                                .build())
                .statusCode();
        Call chat = (client, thread, n) -> send(
                        client,
                        post(
                                base.resolve("/bot/v1/conversations/" + conversations.get(thread) + "/messages"),
                                token,
                                Json.mapper()
                                        .createObjectNode()
                                        .put("text", question(thread, n))
                                        .toString()))
                .statusCode();
        for (int round = 0; round < 2; round++) { // the search needs longer than the chat to be compiled hot
            measure("warm-up, search", search, http, threads, Math.min(seconds, 10));
            measure("warm-up, chat", chat, http, threads, Math.min(seconds, 5));
        }
        Side first = measure("article search", search, http, threads, seconds);
        Side turns = measure("chat question (HTTP channel)", chat, http, threads, seconds);
        Side last = measure("article search, again", search, http, threads, seconds);
        System.out.printf(
                "Signed-in question through the HTTP channel against the article search, %d client threads, %d s "
                        + "each, %s:%n",
                threads, seconds, Samples.machine());
        for (Side side : List.of(first, turns, last)) {
            System.out.printf(
                    "  %-30s %6d requests, %7.1f/s, %s, failures %d%n",
                    side.name(), side.requests(), side.perSecond(), side.times().summary(), side.failures());
        }
        System.out.printf(
                "  a chat question costs %.2f to %.2f times a search (requests a second, against the search before and "
                        + "after it; target at most 1.5)%n",
                Math.min(first.perSecond(), last.perSecond()) / turns.perSecond(),
                Math.max(first.perSecond(), last.perSecond()) / turns.perSecond());
    }

    private static Side measure(String name, Call call, HttpClient http, int threads, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Future<Samples>> done = new ArrayList<>();
        int[] failures = new int[threads];
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                Samples times = new Samples();
                for (int n = 0; System.nanoTime() < end; n++) {
                    long start = System.nanoTime();
                    int status = call.send(http, thread, n);
                    times.add(System.nanoTime() - start);
                    if (status != 200) {
                        failures[thread]++;
                    }
                }
                return times;
            }));
        }
        Samples all = new Samples();
        for (Future<Samples> f : done) {
            Samples times = f.get();
            for (int i = 0; i < times.count(); i++) {
                all.add(times.value(i));
            }
        }
        pool.shutdown();
        int failed = 0;
        for (int f : failures) {
            failed += f;
        }
        return new Side(name, all.count(), seconds, all, failed);
    }

    private static String question(int thread, int n) {
        return QUESTIONS.get((thread + n) % QUESTIONS.size());
    }

    private static HttpRequest post(URI uri, String token, String json) {
        return HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}

package org.examdesk.bot.bench;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.examdesk.admin.web.Json;
import org.examdesk.bot.TestApp;

/**
 * Many web-chat pages at once: each opens {@code /chat/ws}, starts an anonymous conversation and sends a message a
 * second (questions, out-of-scope questions, help, greetings, start over, an account problem) for a bounded time;
 * a page whose previous message is still unanswered waits for the next second, as a person would.
 * Prints reply-time percentiles (message sent to its {@code replies} received), messages a second and errors.
 * Arguments: [sessions=500] [seconds=60] [ws://127.0.0.1:PORT/chat/ws of a separately started jar; default: the
 * whole app started in this JVM]. Loopback only. See README.
 */
public final class WebChatBenchmark {
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final Duration DRAIN = Duration.ofSeconds(30);
    private static final int CONNECT_BATCH = 50;
    private static final List<String> MESSAGES = List.of(
            "how do I reactivate a locked student account",
            "when are results released to students",
            "what's the weather like tomorrow",
            "help",
            "how do I import students from a spreadsheet",
            "hello",
            "a student never received the activation email",
            "start over",
            "Sam Patel can't log in to results",
            "what does the forgotten password status mean");

    private WebChatBenchmark() {}

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        if (sessions < 1 || sessions > 2_000 || seconds < 1 || seconds > 600) {
            throw new IllegalArgumentException("sessions 1..2000 and seconds 1..600");
        }
        TestApp app = args.length > 2
                ? null
                : new TestApp()
                        .env(Map.of("EXAMDESK_ARTICLES_DIR", BenchWiring.articlesDir(), "DATABASE_POOL_SIZE", "10"))
                        .start();
        URI uri = args.length > 2 ? URI.create(args[2]) : URI.create("ws://127.0.0.1:" + app.port() + "/chat/ws");
        if (!InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("This benchmark talks to loopback only, not " + uri.getHost());
        }
        try {
            new WebChatBenchmark().run(uri, sessions, seconds);
        } finally {
            if (app != null) {
                app.close();
            }
        }
        System.exit(0); // the embedded PostgreSQL of the test support keeps the JVM alive otherwise
    }

    private void run(URI uri, int sessions, int seconds) throws Exception {
        ChatLoadStats stats = new ChatLoadStats();
        var pool = Executors.newFixedThreadPool(2);
        HttpClient http = HttpClient.newBuilder().executor(pool).build();
        long connectStart = System.nanoTime();
        List<ChatClient> clients = connect(http, uri, sessions, stats);
        long connectMillis = (System.nanoTime() - connectStart) / 1_000_000;
        long windowStart = System.nanoTime() + WARM_UP.toNanos();
        long windowEnd = windowStart + TimeUnit.SECONDS.toNanos(seconds);
        PageClock clock = new PageClock(
                clients,
                i -> MESSAGES.get(ThreadLocalRandom.current().nextInt(MESSAGES.size())),
                windowStart,
                windowEnd);
        Thread.sleep(TimeUnit.NANOSECONDS.toMillis(windowEnd - System.nanoTime()));
        clock.stop(clients, DRAIN);
        int unanswered = clients.stream().mapToInt(c -> c.unanswered(true)).sum();
        clients.forEach(ChatClient::close);
        print(stats, sessions, seconds, connectMillis, unanswered);
        pool.shutdown();
    }

    /** Opens the sockets in batches and starts a conversation on each; fails if any cannot. */
    private static List<ChatClient> connect(HttpClient http, URI uri, int sessions, ChatLoadStats stats) {
        List<ChatClient> clients = new ArrayList<>();
        for (int from = 0; from < sessions; from += CONNECT_BATCH) {
            List<CompletableFuture<Void>> batch = new ArrayList<>();
            for (int i = from; i < Math.min(sessions, from + CONNECT_BATCH); i++) {
                ChatClient client = new ChatClient(stats, Json.mapper());
                clients.add(client);
                batch.add(http.newWebSocketBuilder()
                        .connectTimeout(Duration.ofSeconds(10))
                        .buildAsync(uri, client)
                        .thenCompose(client::start));
            }
            CompletableFuture.allOf(batch.toArray(CompletableFuture[]::new))
                    .orTimeout(120, TimeUnit.SECONDS)
                    .join();
        }
        return clients;
    }

    private static void print(ChatLoadStats stats, int sessions, int seconds, long connectMillis, int unanswered) {
        Samples times = stats.replyTimes();
        System.out.printf(
                "Web chat over /chat/ws: %d sessions, a message a second each, %d s measured after %d s warm-up, "
                        + "%s:%n",
                sessions, seconds, WARM_UP.toSeconds(), Samples.machine());
        System.out.printf("  connected and started all %d sessions in %d ms%n", sessions, connectMillis);
        System.out.printf(
                "  messages sent %d (%.1f/s of %d/s offered; %d ticks waited for a late reply), replies %d "
                        + "(%.1f/s)%n",
                stats.sent(),
                stats.sent() / (double) seconds,
                sessions,
                stats.waited(),
                stats.answered(),
                stats.answered() / (double) seconds);
        System.out.println("  reply time          " + times.summary());
        System.out.printf(
                "  errors %d %s; unanswered after %d s drain: %d%n",
                stats.errorCount(), stats.errors(), DRAIN.toSeconds(), unanswered);
    }
}

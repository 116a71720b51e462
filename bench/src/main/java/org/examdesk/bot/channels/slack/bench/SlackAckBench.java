package org.examdesk.bot.channels.slack.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.examdesk.bot.TestApp;
import org.examdesk.bot.channels.slack.SlackRequests;

/**
 * How fast ExamDesk acknowledges Slack while slow work runs behind: rounds of 50 concurrent signed app_mention
 * events (each one a real search, conversation turn and admin-API calls in the background, with chat.postMessage
 * taking 300 ms at the fake Slack). Prints ack-time percentiles and when the slow work finished. See README.
 */
public final class SlackAckBench {
    private static final int CONCURRENCY = 50;
    private static final int ROUNDS = 10;
    /** Rounds first run and answered unmeasured, so the JIT has compiled the ack path before it is timed. */
    private static final int WARM_UP_ROUNDS = 5;

    private SlackAckBench() {}

    public static void main(String[] args) throws Exception {
        String workers = args.length > 0 ? args[0] : "4";
        try (TestApp app = new TestApp().slack().env("SLACK_WORKERS", workers).start()) {
            SlackRequests t = new SlackRequests(app);
            t.slack.latency("chat.postMessage", Duration.ofMillis(300));
            ExecutorService clients = Executors.newFixedThreadPool(CONCURRENCY);
            for (int i = 0; i < WARM_UP_ROUNDS; i++) {
                round(t, clients);
            }
            await(t, CONCURRENCY * WARM_UP_ROUNDS);
            List<Long> acks = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < ROUNDS; i++) {
                acks.addAll(round(t, clients));
            }
            long acked = System.nanoTime();
            int answered = await(t, CONCURRENCY * (ROUNDS + WARM_UP_ROUNDS)) - CONCURRENCY * WARM_UP_ROUNDS;
            long done = System.nanoTime();
            clients.shutdown();
            Collections.sort(acks);
            System.out.printf(
                    "Slack ack time, %d events in rounds of %d concurrent, %s background workers "
                            + "(chat.postMessage takes 300 ms), %d cores, load average %.1f:%n",
                    acks.size(),
                    CONCURRENCY,
                    workers,
                    Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.printf(
                    "  p50 %d ms, p95 %d ms, p99 %d ms, max %d ms; acks over 3 s: %d%n",
                    pct(acks, 50),
                    pct(acks, 95),
                    pct(acks, 99),
                    acks.get(acks.size() - 1),
                    acks.stream().filter(a -> a >= 3000).count());
            System.out.printf(
                    "  all acked after %d ms; %d of %d answers posted after %d ms%n",
                    (acked - start) / 1_000_000, answered, acks.size(), (done - start) / 1_000_000);
        }
        System.exit(0); // the embedded database's and the fake Slack's threads would keep the JVM alive
    }

    private static List<Long> round(SlackRequests t, ExecutorService clients) throws Exception {
        List<Callable<Long>> events = new ArrayList<>();
        for (int i = 0; i < CONCURRENCY; i++) {
            int n = t.next();
            String body = t.eventCallback(
                    "EvBench" + n,
                    t.mention("UB" + n, "CBENCH", "student locked out", "1700100000." + String.format("%06d", n)));
            events.add(() -> {
                SlackRequests.Answer answer = t.post(body);
                if (answer.status() != 200) {
                    throw new IllegalStateException("ack failed: " + answer.status() + " " + answer.body());
                }
                return answer.millis();
            });
        }
        List<Long> millis = new ArrayList<>();
        for (Future<Long> f : clients.invokeAll(events)) {
            millis.add(f.get());
        }
        return millis;
    }

    /** Waits until {@code posts} answers were posted, or nothing more was posted for 30 s; answers how many. */
    private static int await(SlackRequests t, int posts) {
        int seen = -1;
        while (true) {
            int now = t.slack.calls("chat.postMessage").size();
            if (now >= posts || now == seen) {
                return now;
            }
            seen = now;
            try {
                t.slack.await(
                        "chat.postMessage",
                        c -> t.slack.calls("chat.postMessage").size() >= posts,
                        Duration.ofSeconds(30));
            } catch (AssertionError stalled) {
                // re-check progress above
            }
        }
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}

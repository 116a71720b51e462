package org.examdesk.bot.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * The pace of the web-chat benchmarks' pages: each page offers a message a second, from a random moment in the
 * first second (a page still waiting for its answer skips that second, see {@link ChatClient#tick}); replies are
 * counted between {@code windowStart} and {@code windowEnd}. Afterwards the pages get a bounded time to hear their
 * last answers.
 */
final class PageClock {
    private final ScheduledExecutorService ticks = Executors.newScheduledThreadPool(2);

    /** Starts the pages; {@code text} gives page {@code i}'s next message. */
    PageClock(List<ChatClient> pages, IntFunction<String> text, long windowStart, long windowEnd) {
        for (int i = 0; i < pages.size(); i++) {
            ChatClient page = pages.get(i);
            int n = i;
            ticks.scheduleAtFixedRate(
                    () -> {
                        long now = System.nanoTime();
                        page.tick(text.apply(n), now >= windowStart && now < windowEnd);
                    },
                    ThreadLocalRandom.current().nextLong(1_000),
                    1_000,
                    TimeUnit.MILLISECONDS);
        }
    }

    /** Stops the pages sending and waits at most {@code drain} for the answers still due. */
    void stop(List<ChatClient> pages, Duration drain) throws InterruptedException {
        ticks.shutdownNow();
        long drainEnd = System.nanoTime() + drain.toNanos();
        while (pages.stream().mapToInt(c -> c.unanswered(false)).sum() > 0 && System.nanoTime() < drainEnd) {
            Thread.sleep(100);
        }
    }
}

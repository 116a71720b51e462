package org.examdesk.bot.channels.slack;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.examdesk.admin.client.SlackAdminClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slow work behind an acknowledged Slack request, on the injected executor, so the ack leaves at once. Work
 * keyed by a Slack event id runs once over all nodes: a retry of an event already taken is dropped.
 */
public final class Jobs {
    private static final Logger log = LoggerFactory.getLogger(Jobs.class);

    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

    private final ExecutorService executor;
    private final SlackAdminClient admin;
    private final Map<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    public Jobs(ExecutorService executor, SlackAdminClient admin) {
        this.executor = executor;
        this.admin = admin;
    }

    /** Runs {@code work} unless another delivery of {@code eventId} was already taken (null: always run). */
    public void once(String eventId, Runnable work) {
        run(() -> {
            if (eventId != null && !admin.firstDelivery(eventId)) {
                log.info("Slack event {} was delivered again; already handled, skipped", eventId);
                return;
            }
            work.run();
        });
    }

    /**
     * Runs {@code work} after the work already queued under the same {@code key} (e.g. a case number), so what
     * happens to one thing reaches Slack in the order it happened; different keys run side by side.
     */
    public void inOrder(String key, Runnable work) {
        CompletableFuture<Void> next = tails.compute(key, (k, tail) -> (tail == null ? DONE : tail)
                .handle((ignored, failure) -> null)
                .thenRunAsync(() -> safely(work), executor));
        next.whenComplete((ignored, failure) -> tails.remove(key, next));
    }

    public void run(Runnable work) {
        try {
            executor.execute(() -> safely(work));
        } catch (RejectedExecutionException e) {
            log.warn("Slack work refused: the executor is shutting down");
        }
    }

    private static void safely(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.error("Slack work failed", e);
        }
    }
}

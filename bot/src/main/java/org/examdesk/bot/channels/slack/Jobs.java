package org.examdesk.bot.channels.slack;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.examdesk.admin.slack.SlackAdminClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slow work behind an acknowledged Slack request, on the injected executor, so the ack leaves at once. Work
 * keyed by a Slack event id runs once over all nodes: a retry of an event already taken is dropped.
 */
public final class Jobs {
    private static final Logger log = LoggerFactory.getLogger(Jobs.class);

    private final ExecutorService executor;
    private final SlackAdminClient admin;

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

    public void run(Runnable work) {
        try {
            executor.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    log.error("Slack work failed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            log.warn("Slack work refused: the executor is shutting down");
        }
    }
}

package org.examdesk.admin.accounts;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Answers no sooner than a floor, so that how long an answer takes does not tell whether an account exists: for
 * the doors that do more for a known address than for an unknown one (a link stored and an email queued) while
 * answering both the same. The floor is well above what the extra work takes, and it holds for refusals too.
 */
public final class EvenTiming {
    /** The floor of the forgotten-password requests: above the few milliseconds a known address adds. */
    public static final Duration RESET_REQUESTS = Duration.ofMillis(250);

    private final Duration floor;

    public EvenTiming(Duration floor) {
        this.floor = floor;
    }

    /** Runs {@code work} and returns (or throws) once at least the floor has passed since it began. */
    public <T> T run(Supplier<T> work) {
        long deadline = System.nanoTime() + floor.toNanos();
        try {
            return work.get();
        } finally {
            waitUntil(deadline);
        }
    }

    private static void waitUntil(long deadline) {
        boolean interrupted = false;
        for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            try {
                Thread.sleep(Duration.ofNanos(left).toMillis(), (int) (left % 1_000_000));
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

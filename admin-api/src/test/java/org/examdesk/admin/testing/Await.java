package org.examdesk.admin.testing;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * The one way a test waits for something that happens on another thread or in another process: poll a probe
 * until its value is what the test waits for, with a deadline, and fail with what was awaited and the last value
 * seen. {@code Await.atMost(Duration.ofSeconds(10)).until("the card to be stored", () -> count(), n -> n == 1)}.
 */
public final class Await {
    /** What a test waits for by default: long enough for a loaded 2-core machine, short enough to fail soon. */
    public static final Duration DEFAULT = Duration.ofSeconds(10);

    private static final Duration INTERVAL = Duration.ofMillis(20);

    /** Reads the value waited on; may throw, which ends the wait at once. */
    @FunctionalInterface
    public interface Probe<T> {
        T get() throws Exception;
    }

    private final Duration within;
    private final Duration interval;

    private Await(Duration within, Duration interval) {
        this.within = within;
        this.interval = interval;
    }

    /** Waits at most {@code within}, polling every 20 ms. */
    public static Await atMost(Duration within) {
        return new Await(within, INTERVAL);
    }

    /** The same deadline, polling every {@code pause} instead. */
    public Await every(Duration pause) {
        return new Await(within, pause);
    }

    /** Polls {@code probe} until {@code done} accepts its value, and answers that value. */
    public <T> T until(String what, Probe<T> probe, Predicate<? super T> done) {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            T value = read(what, probe);
            if (done.test(value)) {
                return value;
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new AssertionError("Waited " + seconds(within) + " for " + what + "; last seen: " + value);
            }
            pause(what);
        }
    }

    /** Polls {@code condition} until it holds. */
    public void until(String what, Probe<Boolean> condition) {
        until(what, condition, Boolean.TRUE::equals);
    }

    private static <T> T read(String what, Probe<T> probe) {
        try {
            return probe.get();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for " + what, e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not check " + what + ": " + e.getMessage(), e);
        }
    }

    private void pause(String what) {
        try {
            Thread.sleep(interval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for " + what, e);
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}

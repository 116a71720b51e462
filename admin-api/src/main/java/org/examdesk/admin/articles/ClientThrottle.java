package org.examdesk.admin.articles;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} events per key in a sliding window, on this node: slows one client down without a
 * database round trip. Keys whose window has passed are dropped now and then, so memory stays bounded.
 */
final class ClientThrottle {
    private static final int SWEEP_ABOVE = 10_000;

    private final Clock clock;
    private final int limit;
    private final Duration window;
    private final ConcurrentHashMap<String, Deque<Instant>> events = new ConcurrentHashMap<>();

    ClientThrottle(Clock clock, int limit, Duration window) {
        this.clock = clock;
        this.limit = limit;
        this.window = window;
    }

    /** Counts an event for the key and says whether it is within the limit (an event over it is not counted). */
    boolean tryAcquire(String key) {
        Instant now = clock.instant();
        Instant oldest = now.minus(window);
        if (events.size() > SWEEP_ABOVE) {
            events.values().removeIf(recent -> {
                synchronized (recent) {
                    return recent.isEmpty() || recent.peekLast().isBefore(oldest);
                }
            });
        }
        Deque<Instant> recent = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (recent) {
            while (!recent.isEmpty() && recent.peekFirst().isBefore(oldest)) {
                recent.pollFirst();
            }
            if (recent.size() >= limit) {
                return false;
            }
            recent.addLast(now);
            return true;
        }
    }
}

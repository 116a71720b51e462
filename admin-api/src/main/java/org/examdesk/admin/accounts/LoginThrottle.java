package org.examdesk.admin.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts sign-in attempts per client address in a sliding window on this node. The per-account limit lives
 * in the database ({@code users.failed_logins}), so it holds across nodes; this one only slows down a single
 * client trying many accounts.
 */
public final class LoginThrottle {
    private final Clock clock;
    private final int limit;
    private final Duration window;
    private final ConcurrentHashMap<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock, int limit, Duration window) {
        this.clock = clock;
        this.limit = limit;
        this.window = window;
    }

    /** Records an attempt and says whether it is within the limit. */
    public boolean tryAcquire(String client) {
        Instant now = clock.instant();
        Deque<Instant> recent = attempts.computeIfAbsent(client, c -> new ArrayDeque<>());
        synchronized (recent) {
            while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(window))) {
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

package org.examdesk.admin.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import org.examdesk.admin.web.ApiException;

/**
 * Counts attempts per client address in a sliding window on this node, whichever account they are for: it slows
 * down a single client trying many accounts. Wrong guesses at one account are slowed down by {@link SignInGuard}.
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
        return waitFor(client).isZero();
    }

    /** Records an attempt, or refuses it with a 429 and {@code Retry-After} when the address is over its limit. */
    public void acquire(String client) {
        Duration wait = waitFor(client);
        if (!wait.isZero()) {
            throw ApiException.tooManyRequests(
                    "Too many attempts from this address. Wait a few minutes and try again.",
                    Duration.ofSeconds(SignInGuard.wholeSeconds(wait)));
        }
    }

    /** Zero when the attempt is recorded; otherwise how long until the oldest attempt leaves the window. */
    private Duration waitFor(String client) {
        Instant now = clock.instant();
        Deque<Instant> recent = attempts.computeIfAbsent(client, c -> new ArrayDeque<>());
        synchronized (recent) {
            while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(window))) {
                recent.pollFirst();
            }
            if (recent.size() >= limit) {
                Duration left = Duration.between(now, recent.peekFirst().plus(window));
                return left.compareTo(Duration.ZERO) > 0 ? left : Duration.ofMillis(1);
            }
            recent.addLast(now);
            return Duration.ZERO;
        }
    }
}

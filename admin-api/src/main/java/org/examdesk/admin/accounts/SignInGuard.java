package org.examdesk.admin.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.examdesk.admin.web.ApiException;
import org.jdbi.v3.core.Jdbi;

/**
 * Slows down guessing at a sign-in door without handing anyone a way to lock someone else out. Wrong attempts are
 * counted per (door, account name as typed, client address): the first {@value #FREE_FAILURES} cost nothing, then
 * each one doubles the wait before the next is heard, up to {@link #LONGEST_WAIT}. The owner of an account at
 * another address is never held up by them, and an unknown name is counted exactly like a known one, so the
 * answers (status, body, {@code Retry-After}) do not tell them apart. Each address is also limited across all
 * accounts on this node ({@link LoginThrottle}).
 */
public final class SignInGuard {
    static final int FREE_FAILURES = 5;
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    /** A count left quiet this long starts again. */
    static final Duration FORGET_AFTER = Duration.ofHours(24);

    private final Jdbi jdbi;
    private final Clock clock;
    private final LoginThrottle perClient;

    public SignInGuard(Jdbi jdbi, Clock clock, LoginThrottle perClient) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.perClient = perClient;
    }

    /** Refuses the attempt with a 429 and {@code Retry-After} while this address must wait for this account. */
    public void check(String door, String subject, String client) {
        perClient.acquire(client);
        jdbi.withExtension(SignInFailureDao.class, dao -> dao.find(door, key(subject), client))
                .filter(f -> !waitAfter(f.failures()).isZero()) // free attempts never wait (nor a stored time
                // a fraction of a microsecond ahead, when PostgreSQL rounds an instant with nanoseconds up)
                .ifPresent(f -> {
                    Instant until = f.lastFailedAt().plus(waitAfter(f.failures()));
                    Duration left = Duration.between(clock.instant(), until);
                    if (left.compareTo(Duration.ZERO) > 0
                            && f.lastFailedAt().isAfter(clock.instant().minus(FORGET_AFTER))) {
                        throw tooMany(left);
                    }
                });
    }

    /** Counts a wrong attempt (on its own, so it stays counted when the request's own work is rolled back). */
    public void failed(String door, String subject, String client) {
        Instant now = clock.instant();
        jdbi.useExtension(
                SignInFailureDao.class, dao -> dao.record(door, key(subject), client, now, now.minus(FORGET_AFTER)));
    }

    /** Forgets the wrong attempts of this address at this account once the right answer is given. */
    public void succeeded(String door, String subject, String client) {
        jdbi.useExtension(SignInFailureDao.class, dao -> dao.clear(door, key(subject), client));
    }

    /** How long the next attempt must wait after {@code failures} wrong ones in a row. */
    static Duration waitAfter(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        Duration wait = Duration.ofSeconds(1L << Math.min(failures - FREE_FAILURES, 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    static ApiException tooMany(Duration left) {
        long seconds = wholeSeconds(left);
        return ApiException.tooManyRequests(
                "Too many wrong attempts. Wait " + seconds + (seconds == 1 ? " second" : " seconds")
                        + " and try again.",
                Duration.ofSeconds(seconds));
    }

    /** A wait rounded up to whole seconds, at least one: what {@code Retry-After} and the sentence say. */
    static long wholeSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private static String key(String subject) {
        return subject == null ? "" : subject.strip().toLowerCase(Locale.ROOT);
    }
}

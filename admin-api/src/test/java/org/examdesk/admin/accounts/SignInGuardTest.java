package org.examdesk.admin.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInGuardTest {
    @Test
    void the_first_wrong_guesses_cost_nothing() {
        for (int failures = 0; failures < SignInGuard.FREE_FAILURES; failures++) {
            assertThat(SignInGuard.waitAfter(failures)).isZero();
        }
    }

    @Test
    void each_further_wrong_guess_doubles_the_wait() {
        int free = SignInGuard.FREE_FAILURES;

        assertThat(SignInGuard.waitAfter(free)).isEqualTo(Duration.ofSeconds(1));
        assertThat(SignInGuard.waitAfter(free + 1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(SignInGuard.waitAfter(free + 5)).isEqualTo(Duration.ofSeconds(32));
    }

    @Test
    void the_wait_never_grows_beyond_the_longest() {
        assertThat(SignInGuard.waitAfter(SignInGuard.FREE_FAILURES + 12)).isEqualTo(SignInGuard.LONGEST_WAIT);
        assertThat(SignInGuard.waitAfter(Integer.MAX_VALUE)).isEqualTo(SignInGuard.LONGEST_WAIT);
    }

    @Test
    void the_refusal_says_how_long_to_wait_in_whole_seconds_and_in_retry_after() {
        var refusal = SignInGuard.tooMany(Duration.ofMillis(1_200));

        assertThat(refusal.status()).isEqualTo(429);
        assertThat(refusal.retryAfter()).contains(Duration.ofSeconds(2));
        assertThat(refusal.getMessage()).isEqualTo("Too many wrong attempts. Wait 2 seconds and try again.");
    }
}

package org.examdesk.admin.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AwaitTest {

    @Test
    void answers_the_first_value_that_is_done_without_waiting_when_it_already_is() {
        AtomicInteger reads = new AtomicInteger();
        assertThat(Await.atMost(Duration.ofSeconds(1)).until("a number", reads::incrementAndGet, n -> n >= 1))
                .isEqualTo(1);
        assertThat(reads).hasValue(1);
    }

    @Test
    void polls_until_the_value_is_done() {
        AtomicInteger reads = new AtomicInteger();
        assertThat(Await.atMost(Duration.ofSeconds(5))
                        .every(Duration.ofMillis(1))
                        .until("the third read", reads::incrementAndGet, n -> n == 3))
                .isEqualTo(3);
    }

    @Test
    void a_condition_that_never_holds_fails_after_the_deadline_naming_what_was_awaited_and_the_last_value() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> Await.atMost(Duration.ofMillis(200)).until("the answer", () -> "no", "yes"::equals))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Waited 200 ms for the answer; last seen: no");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    @Test
    void a_boolean_condition_is_waited_on_until_it_is_true() {
        AtomicInteger reads = new AtomicInteger();
        Await.atMost(Duration.ofSeconds(5))
                .every(Duration.ofMillis(1))
                .until("two reads", () -> reads.incrementAndGet() == 2);
        assertThat(reads).hasValue(2);
        assertThatThrownBy(() -> Await.atMost(Duration.ofSeconds(1)).until("never", () -> false))
                .hasMessage("Waited 1 s for never; last seen: false");
    }

    @Test
    void a_probe_that_throws_ends_the_wait_at_once() {
        assertThatThrownBy(() -> Await.atMost(Duration.ofSeconds(10))
                        .until(
                                "a file",
                                () -> {
                                    throw new IOException("gone");
                                },
                                v -> true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Could not check a file: gone")
                .hasCauseInstanceOf(IOException.class);
        assertThatThrownBy(() -> Await.atMost(Duration.ofSeconds(10))
                        .until(
                                "an assertion",
                                () -> {
                                    throw new AssertionError("the process exited");
                                },
                                v -> true))
                .isInstanceOf(AssertionError.class)
                .hasMessage("the process exited");
    }
}

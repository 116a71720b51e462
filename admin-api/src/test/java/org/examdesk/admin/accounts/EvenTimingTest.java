package org.examdesk.admin.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.examdesk.admin.web.ApiException;
import org.junit.jupiter.api.Test;

class EvenTimingTest {
    private final EvenTiming timing = new EvenTiming(Duration.ofMillis(60));

    @Test
    void a_quick_answer_waits_for_the_floor() {
        long start = System.nanoTime();
        String answer = timing.run(() -> "sent");

        assertThat(answer).isEqualTo("sent");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(60));
    }

    @Test
    void a_refusal_waits_for_the_floor_too_and_is_thrown_as_it_was() {
        ApiException refusal = ApiException.invalid("Give an email address.", List.of("email"));
        long start = System.nanoTime();

        assertThatThrownBy(() -> timing.run(() -> {
                    throw refusal;
                }))
                .isSameAs(refusal);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(60));
    }
}

package org.examdesk.bot.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.examdesk.admin.testing.Await;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the real jar, as the README does, on the embedded PostgreSQL in a temporary data directory: start,
 * refuse a second process, stop cleanly, keep the data, recover from a killed run.
 */
class LifecycleIT {
    private JarProcesses runs;

    @BeforeEach
    void createDataDir() throws IOException {
        runs = new JarProcesses("lifecycle");
    }

    @AfterEach
    void nothingOutlivesTheTest() {
        runs.killAll();
    }

    @Test
    void the_jar_starts_refuses_a_second_copy_stops_cleanly_and_keeps_its_data() throws Exception {
        Process first = runs.start("first");
        String firstOut = runs.awaitReady(first, "first");
        assertThat(firstOut).contains("Demo data created", "officer@riverside.example");

        Process second = runs.start("second");
        assertThat(second.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).isNotZero();
        assertThat(runs.read("second.err"))
                .contains("Another ExamDesk is already using the data directory")
                .doesNotContain("Exception");

        first.destroy(); // SIGTERM, as Ctrl-C or a service manager sends
        assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(runs.postgres()).isEmpty();

        Process again = runs.start("again");
        String againOut = runs.awaitReady(again, "again");
        assertThat(againOut).doesNotContain("Demo data created");
        again.destroy();
        assertThat(again.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(runs.postgres()).isEmpty();
    }

    @Test
    void a_run_killed_outright_leaves_no_database_running_and_the_next_start_works() throws Exception {
        Process killed = runs.start("killed");
        runs.awaitReady(killed, "killed");
        assertThat(runs.postgres()).isNotEmpty();
        killed.destroyForcibly(); // SIGKILL: no shutdown hook runs
        killed.waitFor(30, TimeUnit.SECONDS);
        Await.atMost(Duration.ofSeconds(10))
                .every(Duration.ofMillis(100))
                .until("the orphaned PostgreSQL to stop", () -> runs.postgres().isEmpty());

        Process next = runs.start("next");
        runs.awaitReady(next, "next");
        assertThat(runs.postgres()).isNotEmpty();
        next.destroy();
        assertThat(next.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(runs.postgres()).isEmpty();
    }
}

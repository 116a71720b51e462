package org.examdesk.bot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.examdesk.bot.TestApp;
import org.junit.jupiter.api.Test;

/**
 * The chat-mix benchmark's pages do what its figures claim: a signed-in officer reaches an account flow's
 * confirmation and backs out, a visitor is answered from the articles, a student passes the identity check and is
 * signed in; every message is answered and nothing fails.
 */
class ChatMixBenchmarkIT {
    @Test
    void each_kind_of_page_reaches_what_it_is_scripted_for_and_every_message_is_answered() throws Exception {
        List<String> staff = new CopyOnWriteArrayList<>();
        List<String> visitor = new CopyOnWriteArrayList<>();
        List<String> student = new CopyOnWriteArrayList<>();
        Map<ChatMixBenchmark.Kind, List<String>> seen = Map.of(
                ChatMixBenchmark.Kind.STAFF,
                staff,
                ChatMixBenchmark.Kind.VISITOR,
                visitor,
                ChatMixBenchmark.Kind.STUDENT,
                student);
        ChatMixBenchmark.Result result;
        try (TestApp app = new TestApp()
                .env(Map.of("EXAMDESK_ARTICLES_DIR", BenchWiring.articlesDir()))
                .start()) {
            result = ChatMixBenchmark.run(
                    app, 3, 7, Duration.ZERO, (kind, line) -> seen.get(kind).add(line));
        }

        assertThat(String.join("\n", staff)).contains("\"type\":\"confirm\"").contains("I have changed nothing");
        assertThat(String.join("\n", visitor)).contains("\"type\":\"article\"");
        assertThat(String.join("\n", student)).contains("\"type\":\"signin\"").contains("\"kind\":\"STUDENT\"");
        result.stats().forEach((kind, stats) -> {
            assertThat(stats.answered()).as(kind + " answered").isPositive().isEqualTo(stats.sent());
            assertThat(stats.errorCount())
                    .as(kind + " errors: " + stats.errors())
                    .isZero();
        });
    }
}

package org.examdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examdesk.knowledge.Fixtures.eventually;
import static org.examdesk.knowledge.Fixtures.ids;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleWatcherTest {

    /** The promise: a change is searchable within two seconds. */
    private static final Duration WITHIN = Duration.ofSeconds(2);

    @TempDir
    Path dir;

    private KnowledgeBase knowledge;

    @BeforeEach
    void open() throws IOException {
        Fixtures.copyTo(dir);
        knowledge = KnowledgeBase.open(new KnowledgeConfig(dir, Fixtures.PLACEHOLDERS, true));
    }

    @AfterEach
    void close() {
        knowledge.close();
    }

    @Test
    void anAddedArticleBecomesSearchable() {
        Fixtures.write(
                dir.resolve("invigilation.md"),
                Fixtures.article("Invigilation rota", "Plan the invigilators for each session."));
        eventually(WITHIN, () -> ids(knowledge, "invigilators").contains("invigilation"));
        eventually(WITHIN, () -> knowledge.suggest("invig", 5).stream().anyMatch(s -> s.id().equals("invigilation")));
    }

    @Test
    void aChangedArticleIsReindexed() {
        Fixtures.write(
                dir.resolve("book-exam.md"),
                Fixtures.article("Book a laboratory slot", "Choose the laboratory and the date."));
        eventually(WITHIN, () -> ids(knowledge, "laboratory").contains("book-exam"));
        assertThat(knowledge.article("book-exam").orElseThrow().title()).isEqualTo("Book a laboratory slot");
    }

    @Test
    void aDeletedArticleDisappears() throws IOException {
        Files.delete(dir.resolve("identity-documents.md"));
        eventually(WITHIN, () -> !ids(knowledge, "passport").contains("identity-documents"));
        assertThat(knowledge.article("identity-documents")).isEmpty();
    }

    @Test
    void anArticleBrokenByAnEditIsSkippedAndTheOthersStay() {
        Fixtures.write(dir.resolve("book-exam.md"), "no front matter any more");
        eventually(WITHIN, () -> knowledge.article("book-exam").isEmpty());
        assertThat(knowledge.size()).isEqualTo(5);
    }

    @Test
    void searchesInFlightDuringReindexingDoNotFail() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        Thread searcher = new Thread(() -> {
            while (running.get()) {
                try {
                    knowledge.search(SearchRequest.of("password locked session passport", 5));
                    knowledge.suggest("pa", 5);
                    searches.incrementAndGet();
                } catch (Throwable t) {
                    failures.add(t);
                }
            }
        });
        searcher.start();
        try {
            for (int i = 0; i < 20; i++) {
                Fixtures.write(
                        dir.resolve("churn-" + (i % 3) + ".md"),
                        Fixtures.article("Churn " + i, "Revision " + i + " of a password page."));
                if (i % 5 == 4) {
                    Files.deleteIfExists(dir.resolve("churn-0.md"));
                }
            }
            eventually(WITHIN, () -> knowledge
                    .article("churn-1")
                    .map(a -> a.title().equals("Churn 19"))
                    .orElse(false));
        } finally {
            running.set(false);
            searcher.join();
        }
        assertThat(failures).isEmpty();
        assertThat(searches.get()).isPositive();
    }
}

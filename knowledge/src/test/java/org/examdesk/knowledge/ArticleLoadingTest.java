package org.examdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class ArticleLoadingTest {

    @TempDir
    Path dir;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger loaderLogger = (Logger) LoggerFactory.getLogger(ArticleLoader.class);

    @BeforeEach
    void captureLog() {
        log.start();
        loaderLogger.addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        loaderLogger.detachAppender(log);
    }

    private KnowledgeBase open() throws IOException {
        return KnowledgeBase.open(new KnowledgeConfig(dir, Fixtures.PLACEHOLDERS, false));
    }

    private String warnings() {
        return String.join(
                "\n", log.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
    }

    @Test
    void everyFixtureIsLoadedWithItsFrontMatter() throws IOException {
        Fixtures.copyTo(dir);
        try (KnowledgeBase knowledge = open()) {
            assertThat(knowledge.size()).isEqualTo(6);
            Article article = knowledge.article("book-exam").orElseThrow();
            assertThat(article.title()).isEqualTo("Book an examination session");
            assertThat(article.roles()).containsExactly("centre-administrator");
            assertThat(article.qualifications()).containsExactly("vocational");
            assertThat(article.topics()).containsExactly("bookings");
            assertThat(article.updated()).hasToString("2026-05-20");
            assertThat(knowledge.articles()).extracting(Article::id).isSorted();
        }
    }

    @Test
    void placeholdersAreFilledAndUnknownOnesLeftAlone() throws IOException {
        Fixtures.write(dir.resolve("a.md"), Fixtures.article("Call us", "Ring {{supportPhone}} or {{nope}}."));
        try (KnowledgeBase knowledge = open()) {
            assertThat(knowledge.article("a").orElseThrow().body()).isEqualTo("Ring 0300 123 4567 or {{nope}}.");
        }
    }

    @Test
    void htmlRendersMarkdownAndEscapesRawHtml() throws IOException {
        Fixtures.write(
                dir.resolve("a.md"),
                Fixtures.article(
                        "Html",
                        "## Steps\n\n1. **Open** it\n\n<script>alert(1)</script>\n\n| a | b |\n|---|---|\n| 1 | 2 |"));
        try (KnowledgeBase knowledge = open()) {
            String html = knowledge.article("a").orElseThrow().html();
            assertThat(html)
                    .contains("<h2>Steps</h2>", "<strong>Open</strong>", "<table>")
                    .contains("&lt;script&gt;")
                    .doesNotContain("<script>");
        }
    }

    @Test
    void aMalformedArticleIsLoggedWithItsPathAndSkipped() throws IOException {
        Fixtures.copyTo(dir);
        Fixtures.write(
                dir.resolve("broken-yaml.md"),
                "---\ntitle: Broken\nsummary: [unclosed\nupdated: 2026-01-01\n---\nBody\n");
        Fixtures.write(dir.resolve("no-front-matter.md"), "# Just Markdown\n");
        Fixtures.write(
                dir.resolve("bad-date.md"), "---\ntitle: Bad date\nsummary: s\nupdated: next tuesday\n---\nBody\n");
        Fixtures.write(dir.resolve("no-title.md"), "---\nsummary: s\nupdated: 2026-01-01\n---\nBody\n");
        try (KnowledgeBase knowledge = open()) {
            assertThat(knowledge.size()).isEqualTo(6);
            assertThat(knowledge.article("broken-yaml")).isEmpty();
            assertThat(warnings())
                    .contains(dir.resolve("broken-yaml.md").toString())
                    .contains("bad YAML")
                    .contains("line 1: front matter must start with a '---' line")
                    .contains("'updated' must be a date")
                    .contains("'title' is missing");
        }
    }

    @Test
    void aMissingArticlesFolderIsAnError() {
        assertThatThrownBy(() -> KnowledgeBase.open(new KnowledgeConfig(dir.resolve("missing"), Map.of(), false)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not found");
    }

    @Test
    void anEmptyFolderGivesAnEmptyKnowledgeBase() throws IOException {
        try (KnowledgeBase knowledge = open()) {
            assertThat(knowledge.size()).isZero();
            assertThat(knowledge.search(SearchRequest.of("password", 5)).hits()).isEmpty();
            assertThat(knowledge.suggest("pass", 5)).isEmpty();
        }
    }
}

package org.examdesk.admin.articles.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.examdesk.admin.db.Database;
import org.examdesk.admin.testing.TestDatabase;
import org.examdesk.knowledge.KnowledgeBase;
import org.examdesk.knowledge.KnowledgeConfig;
import org.examdesk.knowledge.eval.Question;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the Lucene vs PostgreSQL comparison compiling and honest, on a handful of questions. */
class SearchComparisonIT {
    private static final Question BOOKING = new Question("book a test for a learner", Set.of("book-a-test"));
    private static final Question WEATHER = new Question("will it rain tomorrow in the afternoon", Set.of());
    private static final Speed.Budget TINY = new Speed.Budget(0, 0, 1, 0, 200, 1);

    private static Database database;
    private static KnowledgeBase knowledge;
    private static SearchComparison comparison;

    @BeforeAll
    static void load() throws Exception {
        database = TestDatabase.fresh();
        knowledge = KnowledgeBase.open(new KnowledgeConfig(Path.of("../articles"), Map.of(), false));
        comparison = new SearchComparison(database);
        comparison.loadPostgres(knowledge);
    }

    @AfterAll
    static void close() {
        knowledge.close();
        database.close();
    }

    @Test
    void everyEngineFindsTheArticleWhoseTitleIsTheQuestion() throws Exception {
        for (SearchEngine engine : comparison.engines(knowledge)) {
            try (SearchEngine.Searcher searcher = engine.open()) {
                SearchEngine.Answer answer = searcher.search(BOOKING.text(), 3);

                assertThat(answer.ids()).as(engine.name()).first().isEqualTo("book-a-test");
                assertThat(answer.answered()).as(engine.name()).isTrue();
            }
        }
    }

    @Test
    void luceneAndAllWordsFullTextSearchLeaveTheWeatherUnanswered() throws Exception {
        List<SearchEngine> engines = comparison.engines(knowledge);
        for (SearchEngine engine : engines.subList(0, 2)) {
            try (SearchEngine.Searcher searcher = engine.open()) {
                assertThat(searcher.search(WEATHER.text(), 3).answered())
                        .as(engine.name())
                        .isFalse();
            }
        }
    }

    @Test
    void theComparisonScoresAndTimesEachEngineOnTheSameQuestions() throws Exception {
        List<SearchComparison.Result> results = comparison.run(knowledge, List.of(BOOKING, WEATHER), TINY);

        assertThat(results)
                .extracting(SearchComparison.Result::engine)
                .containsExactly("Lucene", "PG all words", "PG any word");
        for (SearchComparison.Result result : results) {
            assertThat(result.quality().inScope()).isEqualTo(1);
            assertThat(result.quality().outOfScope()).isEqualTo(1);
            assertThat(result.quality().hit1()).as(result.engine()).isEqualTo(1.0);
            assertThat(result.quality().mrr()).as(result.engine()).isEqualTo(1.0);
            assertThat(result.speed().searches()).isEqualTo(2);
            assertThat(result.speed().p99())
                    .isGreaterThanOrEqualTo(result.speed().p50())
                    .isPositive();
            assertThat(result.speed().perSecond()).isPositive();
        }
        assertThat(results.get(0).quality().rejection()).isEqualTo(1.0);
    }

    @Test
    void aQuestionWithOnlyStopWordsOrQuerySyntaxNeverFailsFullTextSearch() throws Exception {
        for (SearchEngine engine : comparison.engines(knowledge).subList(1, 3)) {
            try (SearchEngine.Searcher searcher = engine.open()) {
                assertThat(searcher.search("the and of", 3).ids())
                        .as(engine.name())
                        .isEmpty();
                assertThat(searcher.search("\"locked (out* ~ \\ AND -", 3).ids())
                        .as(engine.name())
                        .isNotNull();
            }
        }
    }
}

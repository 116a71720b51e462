package org.examdesk.admin.articles.bench;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.examdesk.admin.db.Database;
import org.examdesk.knowledge.KnowledgeBase;
import org.examdesk.knowledge.eval.Question;

/**
 * Runs the same questions against the knowledge module's Lucene search and against PostgreSQL
 * full-text search over the same articles, one engine after the other in the same JVM.
 */
final class SearchComparison {

    /** One engine's figures. */
    record Result(String engine, Quality quality, Speed speed) {}

    private final Database database;

    SearchComparison(Database database) {
        this.database = database;
    }

    /** Loads the knowledge base's articles into PostgreSQL; returns the seconds it took. */
    double loadPostgres(KnowledgeBase knowledge) throws SQLException {
        long start = System.nanoTime();
        PostgresEngine.load(database, knowledge.articles());
        return (System.nanoTime() - start) / 1e9;
    }

    /** The engines in the order they are shown: Lucene first. */
    List<SearchEngine> engines(KnowledgeBase knowledge) {
        return List.of(
                new LuceneEngine(knowledge),
                new PostgresEngine(database, PostgresEngine.Matching.ALL_WORDS),
                new PostgresEngine(database, PostgresEngine.Matching.ANY_WORD));
    }

    /** Measures every engine; PostgreSQL must already hold the same articles as the knowledge base. */
    List<Result> run(KnowledgeBase knowledge, List<Question> questions, Speed.Budget budget) throws Exception {
        List<String> queries = questions.stream().map(Question::text).toList();
        List<Result> results = new ArrayList<>();
        for (SearchEngine engine : engines(knowledge)) {
            Quality quality;
            try (SearchEngine.Searcher searcher = engine.open()) {
                quality = Quality.measure(searcher, questions);
            }
            results.add(new Result(engine.name(), quality, Speed.measure(engine, queries, budget)));
        }
        return results;
    }
}

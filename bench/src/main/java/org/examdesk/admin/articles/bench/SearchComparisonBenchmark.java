package org.examdesk.admin.articles.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.examdesk.admin.db.Database;
import org.examdesk.admin.testing.TestDatabase;
import org.examdesk.knowledge.KnowledgeBase;
import org.examdesk.knowledge.KnowledgeConfig;
import org.examdesk.knowledge.eval.Question;

/**
 * Lucene (the knowledge module) against PostgreSQL full-text search, side by side in one run, on the
 * real articles and on a generated corpus holding the real articles among generated variations of them.
 * PostgreSQL is the embedded one of the tests, on this machine.
 *
 * <p>Usage, from the repository root: {@code SearchComparisonBenchmark [questions.tsv] [articles-dir]
 * [corpus-size]} (defaults: the evaluation questions, {@code articles}, 100000; 0 skips the large corpus).
 */
public final class SearchComparisonBenchmark {
    private static final Speed.Budget BUDGET = new Speed.Budget(
            10_000, 60_000, 20, 60_000, 5_000, Runtime.getRuntime().availableProcessors());

    private SearchComparisonBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path questionsFile = Path.of(args.length > 0 ? args[0] : "knowledge/src/test/resources/eval/questions.tsv");
        Path articles = Path.of(args.length > 1 ? args[1] : "articles");
        int corpusSize = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        List<Question> questions = Question.read(questionsFile);
        System.out.printf(
                Locale.ROOT,
                "PostgreSQL has no confidence: for it an out-of-scope question counts as"
                        + " rejected only when no article matches at all.%nPG all words = websearch_to_tsquery (every"
                        + " word must match); PG any word = plainto_tsquery's words OR-ed; both ranked by ts_rank.%n"
                        + "Lucene figures include its snippets, spelling correction and confidence; PostgreSQL returns ids"
                        + " only, over a local socket. %d cores; load average %.1f at start.%n%n",
                BUDGET.threads(),
                loadAverage());
        try (Database database = TestDatabase.fresh();
                KnowledgeBase real = KnowledgeBase.open(new KnowledgeConfig(articles, Map.of(), false))) {
            SearchComparison comparison = new SearchComparison(database);
            comparison.loadPostgres(real);
            section("real corpus: " + real.size() + " articles", real, comparison, questions);
            if (corpusSize > real.size()) {
                large(articles, real, corpusSize, comparison, questions);
            }
        }
    }

    private static void large(
            Path articles, KnowledgeBase real, int size, SearchComparison comparison, List<Question> questions)
            throws Exception {
        Path dir = Files.createTempDirectory("examdesk-search-comparison-");
        try {
            long start = System.nanoTime();
            copyArticles(articles, dir);
            new SyntheticCorpus(real.articles(), 42).write(dir, size - real.size());
            long written = System.nanoTime();
            try (KnowledgeBase large = KnowledgeBase.open(new KnowledgeConfig(dir, Map.of(), false))) {
                long indexed = System.nanoTime();
                double postgres = comparison.loadPostgres(large);
                System.out.printf(
                        Locale.ROOT,
                        "%d files written in %.1f s; Lucene loaded and indexed them in"
                                + " %.1f s; PostgreSQL COPY, tsvector, GIN index and analyze in %.1f s; load average %.1f%n",
                        large.size(),
                        (written - start) / 1e9,
                        (indexed - written) / 1e9,
                        postgres,
                        loadAverage());
                section(
                        "generated corpus: " + large.size() + " articles (the real ones among variations)",
                        large,
                        comparison,
                        questions);
            }
        } finally {
            deleteTree(dir);
        }
    }

    private static void section(
            String title, KnowledgeBase knowledge, SearchComparison comparison, List<Question> questions)
            throws Exception {
        List<SearchComparison.Result> results = comparison.run(knowledge, questions, BUDGET);
        System.out.printf(Locale.ROOT, "== %s, %d questions ==%n", title, questions.size());
        new ComparisonTable(System.out).print(results);
        System.out.printf(Locale.ROOT, "(load average %.1f at the end)%n%n", loadAverage());
    }

    private static void copyArticles(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}

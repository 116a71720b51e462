package org.examdesk.knowledge.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.examdesk.knowledge.KnowledgeBase;
import org.examdesk.knowledge.KnowledgeConfig;
import org.examdesk.knowledge.SearchRequest;
import org.examdesk.knowledge.eval.Question;

/**
 * Search latency (p50, p99, one thread) and throughput (all cores) on the real articles and on a
 * generated corpus, using the evaluation questions as the query mix. Latency is reported as wall
 * time and as the searching thread's CPU time: on a shared machine the wall-time tail mostly
 * measures the other processes, the CPU time only this code.
 *
 * <p>Usage: {@code SearchBenchmark [questions.tsv] [articles-dir] [generated-count]}.
 */
public final class SearchBenchmark {

    /** Searches before and while timing: many on the small corpus, fewer on the large one. */
    private static final int WARM_UP_SEARCHES = 20_000;

    private static final int TIMED_SEARCHES = 20_000;
    private static final int LARGE_WARM_UP_SEARCHES = 2_000;
    private static final int LARGE_TIMED_SEARCHES = 5_000;
    private static final long THROUGHPUT_MILLIS = 5_000;
    private static final int LIMIT = 5;

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path questionsFile = Path.of(args.length > 0 ? args[0] : "knowledge/src/test/resources/eval/questions.tsv");
        Path articles = Path.of(args.length > 1 ? args[1] : "articles");
        int generated = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        List<String> queries =
                Question.read(questionsFile).stream().map(Question::text).toList();

        try (KnowledgeBase real = KnowledgeBase.open(new KnowledgeConfig(articles, Map.of(), false))) {
            report("real corpus (" + real.size() + " articles)", real, queries, WARM_UP_SEARCHES, TIMED_SEARCHES);
            Path dir = Files.createTempDirectory("examdesk-bench-");
            try {
                long start = System.nanoTime();
                new CorpusGenerator(real.articles(), 42).write(dir, generated);
                long written = System.nanoTime();
                try (KnowledgeBase large = KnowledgeBase.open(new KnowledgeConfig(dir, Map.of(), false))) {
                    long indexed = System.nanoTime();
                    System.out.printf(
                            Locale.ROOT,
                            "generated %d articles: written in %.1f s, loaded and" + " indexed in %.1f s%n",
                            generated,
                            (written - start) / 1e9,
                            (indexed - written) / 1e9);
                    report(
                            "generated corpus (" + large.size() + " articles)",
                            large,
                            queries,
                            LARGE_WARM_UP_SEARCHES,
                            LARGE_TIMED_SEARCHES);
                }
            } finally {
                deleteTree(dir);
            }
        }
    }

    private static void report(String name, KnowledgeBase knowledge, List<String> queries, int warmUp, int timed)
            throws InterruptedException {
        for (int i = 0; i < warmUp; i++) {
            knowledge.search(SearchRequest.of(queries.get(i % queries.size()), LIMIT));
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[] millis = new double[timed];
        double[] cpuMillis = new double[timed];
        for (int i = 0; i < timed; i++) {
            long cpuStart = cpu.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            knowledge.search(SearchRequest.of(queries.get(i % queries.size()), LIMIT));
            millis[i] = (System.nanoTime() - start) / 1e6;
            cpuMillis[i] = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        Arrays.sort(millis);
        Arrays.sort(cpuMillis);
        int threads = Runtime.getRuntime().availableProcessors();
        System.out.printf(
                Locale.ROOT,
                "%s: wall p50 %.3f ms, p99 %.3f ms, max %.3f ms; CPU p50 %.3f ms, p99 %.3f ms"
                        + " (1 thread, %d searches); %.0f searches/s with %d threads%n",
                name,
                percentile(millis, 0.50),
                percentile(millis, 0.99),
                millis[millis.length - 1],
                percentile(cpuMillis, 0.50),
                percentile(cpuMillis, 0.99),
                timed,
                throughput(knowledge, queries, threads),
                threads);
    }

    private static double throughput(KnowledgeBase knowledge, List<String> queries, int threads)
            throws InterruptedException {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + THROUGHPUT_MILLIS * 1_000_000;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t * 7;
            Thread worker = new Thread(() -> {
                for (int i = offset; System.nanoTime() < end; i++) {
                    knowledge.search(SearchRequest.of(queries.get(i % queries.size()), LIMIT));
                    done.incrementAndGet();
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return done.get() / (THROUGHPUT_MILLIS / 1000.0);
    }

    private static double percentile(double[] sorted, double fraction) {
        int index = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}

package org.examdesk.admin.articles.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How fast an engine answers: latency of one thread after a warm-up, and throughput with several.
 *
 * @param p50 median milliseconds per search (wall time, one thread)
 * @param p99 99th percentile
 * @param searches how many searches were timed for the percentiles
 * @param perSecond searches per second with {@code threads} threads searching at once
 */
record Speed(double p50, double p99, int searches, double perSecond, int threads) {

    static final int LIMIT = 3;

    /**
     * How long to run each part. Every part searches each query at least once, whatever its cap.
     *
     * @param warmUpSearches searches before anything is timed (the JIT needs thousands for Lucene)
     * @param warmUpMaxMillis a cap on the warm-up, for slow engines
     * @param latencyRounds passes over the queries timed one by one
     * @param latencyMaxMillis a cap on the timed passes
     * @param throughputMillis counting searches with {@code threads} threads
     */
    record Budget(
            int warmUpSearches,
            long warmUpMaxMillis,
            int latencyRounds,
            long latencyMaxMillis,
            long throughputMillis,
            int threads) {}

    static Speed measure(SearchEngine engine, List<String> queries, Budget budget) throws Exception {
        double[] millis;
        try (SearchEngine.Searcher searcher = engine.open()) {
            run(searcher, queries, budget.warmUpSearches(), budget.warmUpMaxMillis(), null);
            millis = new double[queries.size() * budget.latencyRounds()];
            int timed = run(searcher, queries, millis.length, budget.latencyMaxMillis(), millis);
            millis = Arrays.copyOf(millis, timed);
        }
        Arrays.sort(millis);
        return new Speed(
                percentile(millis, 0.50),
                percentile(millis, 0.99),
                millis.length,
                throughput(engine, queries, budget),
                budget.threads());
    }

    /** Runs up to {@code count} searches (at least one pass), recording each one's milliseconds if asked. */
    private static int run(
            SearchEngine.Searcher searcher, List<String> queries, int count, long maxMillis, double[] millis) {
        long end = System.nanoTime() + maxMillis * 1_000_000;
        int done = 0;
        while (done < count && (done < queries.size() || System.nanoTime() < end)) {
            long start = System.nanoTime();
            searcher.search(queries.get(done % queries.size()), LIMIT);
            if (millis != null) {
                millis[done] = (System.nanoTime() - start) / 1e6;
            }
            done++;
        }
        return done;
    }

    private static double throughput(SearchEngine engine, List<String> queries, Budget budget) throws Exception {
        AtomicLong done = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        List<SearchEngine.Searcher> searchers = new ArrayList<>();
        long start = System.nanoTime();
        long end = start + budget.throughputMillis() * 1_000_000;
        for (int t = 0; t < budget.threads(); t++) {
            SearchEngine.Searcher searcher = engine.open();
            searchers.add(searcher);
            int offset = t * 7;
            Thread worker = new Thread(() -> {
                for (int i = offset; System.nanoTime() < end; i++) {
                    searcher.search(queries.get(i % queries.size()), LIMIT);
                    done.incrementAndGet();
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        searchers.forEach(SearchEngine.Searcher::close);
        return done.get() / seconds;
    }

    static double percentile(double[] sorted, double fraction) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }
}

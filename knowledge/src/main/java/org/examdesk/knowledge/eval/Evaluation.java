package org.examdesk.knowledge.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.examdesk.knowledge.KnowledgeBase;
import org.examdesk.knowledge.SearchHit;
import org.examdesk.knowledge.SearchRequest;
import org.examdesk.knowledge.SearchResults;

/** Runs the questions against a knowledge base and computes the {@link Report}. */
public final class Evaluation {

    private static final int DEPTH = 10;
    /** Rounds over the questions before and while timing, when timed. */
    private static final int WARM_UP_ROUNDS = 20;

    private static final int TIMED_ROUNDS = 10;

    private final KnowledgeBase knowledge;
    private final int warmUpRounds;
    private final int timedRounds;

    /** An evaluation that also times the searches (a few seconds with BM25 only). */
    public Evaluation(KnowledgeBase knowledge) {
        this(knowledge, WARM_UP_ROUNDS, TIMED_ROUNDS);
    }

    /** An evaluation that times the searches only when {@code timed}. */
    public Evaluation(KnowledgeBase knowledge, boolean timed) {
        this(knowledge, timed ? WARM_UP_ROUNDS : 0, timed ? TIMED_ROUNDS : 0);
    }

    /** An evaluation timing {@code timedRounds} rounds over the questions after a warm-up. */
    public Evaluation(KnowledgeBase knowledge, int warmUpRounds, int timedRounds) {
        this.knowledge = knowledge;
        this.warmUpRounds = warmUpRounds;
        this.timedRounds = timedRounds;
    }

    public Report run(List<Question> questions) {
        int inScope = 0;
        int outOfScope = 0;
        int hit1 = 0;
        int hit3 = 0;
        double reciprocal = 0;
        int rejected = 0;
        int confident = 0;
        int confidentRight = 0;
        List<String> misses = new ArrayList<>();
        for (Question question : questions) {
            SearchResults results = knowledge.search(SearchRequest.of(question.text(), DEPTH));
            if (!question.inScope()) {
                outOfScope++;
                if (results.confident()) {
                    misses.add("confident out-of-scope: " + question.text() + describe(results));
                } else {
                    rejected++;
                }
                continue;
            }
            inScope++;
            int rank = rank(results.hits(), question);
            hit1 += rank == 1 ? 1 : 0;
            hit3 += rank >= 1 && rank <= 3 ? 1 : 0;
            reciprocal += rank >= 1 ? 1.0 / rank : 0;
            if (results.confident()) {
                confident++;
                confidentRight += rank == 1 ? 1 : 0;
            }
            if (rank < 1 || rank > 3) {
                misses.add(
                        "miss (rank " + rank + "): " + question.text() + " " + question.expected() + describe(results));
            } else if (rank > 1) {
                misses.add("rank " + rank + ": " + question.text() + " " + question.expected() + describe(results));
            } else if (!results.confident()) {
                misses.add("not confident: " + question.text() + describe(results));
            }
        }
        double[][] latency = latencies(questions);
        return new Report(
                inScope,
                outOfScope,
                share(hit1, inScope),
                share(hit3, inScope),
                inScope == 0 ? 0 : reciprocal / inScope,
                share(rejected, outOfScope),
                share(confident, inScope),
                share(confidentRight, confident),
                percentile(latency[0], 0.50),
                percentile(latency[0], 0.99),
                percentile(latency[1], 0.50),
                percentile(latency[1], 0.99),
                misses);
    }

    /** The 1-based rank of the first expected article among the hits; 0 when none is there. */
    private static int rank(List<SearchHit> hits, Question question) {
        for (int i = 0; i < hits.size(); i++) {
            if (question.expected().contains(hits.get(i).id())) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String describe(SearchResults results) {
        return " -> " + results.hits().stream().limit(3).map(SearchHit::id).toList();
    }

    /**
     * Milliseconds per search, wall and CPU time, timed after a warm-up so the JIT has compiled the
     * search path.
     */
    private double[][] latencies(List<Question> questions) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < warmUpRounds; round++) {
            questions.forEach(q -> knowledge.search(SearchRequest.of(q.text(), 5)));
        }
        double[] millis = new double[questions.size() * timedRounds];
        double[] cpuMillis = new double[millis.length];
        int i = 0;
        for (int round = 0; round < timedRounds; round++) {
            for (Question question : questions) {
                long cpuStart = cpu.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                knowledge.search(SearchRequest.of(question.text(), 5));
                millis[i] = (System.nanoTime() - start) / 1e6;
                cpuMillis[i++] = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            }
        }
        return new double[][] {millis, cpuMillis};
    }

    static double percentile(double[] values, double fraction) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    private static double share(int count, int total) {
        return total == 0 ? 0 : (double) count / total;
    }
}

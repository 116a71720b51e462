package org.examdesk.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges two rankings by reciprocal rank: an article scores {@code weight / (k + rank)} in each
 * list it appears in. Ranks, not scores, are added, so BM25's and cosine's scales never meet.
 *
 * @param k damping: the standard 60 keeps one list's top hit from deciding alone
 * @param denseWeight the dense list's weight against BM25's 1.0
 */
record ReciprocalRankFusion(double k, double denseWeight) {

    /**
     * k = 60 as in the original paper (Cormack et al. 2009); the dense list weighs half of BM25's
     * because, on the evaluation questions, dense alone ranks a little worse than BM25 alone (see
     * EVALUATION.md for the variants measured).
     */
    static final ReciprocalRankFusion DEFAULT = new ReciprocalRankFusion(60, 0.5);

    List<String> fuse(List<String> lexical, List<String> dense) {
        Map<String, Double> scores = new HashMap<>();
        for (int i = 0; i < lexical.size(); i++) {
            scores.merge(lexical.get(i), 1 / (k + i + 1), Double::sum);
        }
        for (int i = 0; i < dense.size(); i++) {
            scores.merge(dense.get(i), denseWeight / (k + i + 1), Double::sum);
        }
        return scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
    }
}

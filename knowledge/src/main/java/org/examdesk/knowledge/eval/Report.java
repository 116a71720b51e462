package org.examdesk.knowledge.eval;

import java.util.List;
import java.util.Locale;

/**
 * Figures of one evaluation run.
 *
 * @param hitAt1 share of in-scope questions whose first hit is an expected article
 * @param hitAt3 share whose first three hits include an expected article
 * @param mrr mean reciprocal rank of the first expected article in the top ten
 * @param outOfScopeRejection share of out-of-scope questions answered with confident=false
 * @param inScopeConfident share of in-scope questions answered with confident=true
 * @param confidentCorrect share of confident in-scope answers whose first hit is expected
 * @param cpuP99Millis the searching thread's CPU time, which other processes do not inflate
 * @param misses in-scope questions whose top three hits miss, and wrongly confident out-of-scope
 */
public record Report(
        int inScope,
        int outOfScope,
        double hitAt1,
        double hitAt3,
        double mrr,
        double outOfScopeRejection,
        double inScopeConfident,
        double confidentCorrect,
        double p50Millis,
        double p99Millis,
        double cpuP50Millis,
        double cpuP99Millis,
        List<String> misses) {

    public String summary() {
        return String.format(
                Locale.ROOT,
                "questions: %d in scope, %d out of scope%n"
                        + "hit@1 %.3f  hit@3 %.3f  MRR %.3f%n"
                        + "out-of-scope rejection %.3f  in-scope confident %.3f  confident precision@1 %.3f%n"
                        + "search latency p50 %.3f ms  p99 %.3f ms (wall)  p50 %.3f ms  p99 %.3f ms (CPU)%n",
                inScope,
                outOfScope,
                hitAt1,
                hitAt3,
                mrr,
                outOfScopeRejection,
                inScopeConfident,
                confidentCorrect,
                p50Millis,
                p99Millis,
                cpuP50Millis,
                cpuP99Millis);
    }
}

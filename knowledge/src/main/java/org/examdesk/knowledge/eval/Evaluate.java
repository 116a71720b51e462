package org.examdesk.knowledge.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.examdesk.knowledge.KnowledgeBase;
import org.examdesk.knowledge.KnowledgeConfig;

/**
 * Prints hit@1, hit@3, MRR, out-of-scope rejection, in-scope confident rate and search latency.
 *
 * <p>Usage: {@code Evaluate [questions.tsv] [articles-dir] [--misses] [--dense]}; the defaults are
 * the repository's question set and articles, run from the repository root. {@code --misses}
 * lists the questions answered wrongly or without confidence; {@code --dense} turns on dense
 * retrieval fused with BM25.
 */
public final class Evaluate {

    private Evaluate() {}

    public static void main(String[] args) throws Exception {
        List<String> positional =
                List.of(args).stream().filter(a -> !a.startsWith("--")).toList();
        Path questions =
                Path.of(positional.size() > 0 ? positional.get(0) : "knowledge/src/test/resources/eval/questions.tsv");
        Path articles = Path.of(positional.size() > 1 ? positional.get(1) : "articles");
        boolean showMisses = List.of(args).contains("--misses");
        boolean dense = List.of(args).contains("--dense");
        try (KnowledgeBase knowledge = KnowledgeBase.open(new KnowledgeConfig(articles, Map.of(), false, dense))) {
            // Dense searches take tens of milliseconds: one warm-up and one timed round are enough.
            Evaluation evaluation = dense ? new Evaluation(knowledge, 1, 1) : new Evaluation(knowledge);
            Report report = evaluation.run(Question.read(questions));
            System.out.print(report.summary());
            if (showMisses) {
                report.misses().forEach(System.out::println);
            }
        }
    }
}

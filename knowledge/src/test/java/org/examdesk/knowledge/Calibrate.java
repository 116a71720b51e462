package org.examdesk.knowledge;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.examdesk.knowledge.eval.Question;

/**
 * Prints the confidence features of every evaluation question, sorted, to choose the thresholds in
 * {@link Confidence}. Not a test: run it by hand (see EVALUATION.md).
 */
public final class Calibrate {

  private Calibrate() {}

  public static void main(String[] args) throws Exception {
    Path questions = Path.of(args.length > 0 ? args[0] : "knowledge/src/test/resources/eval/questions.tsv");
    Path articles = Path.of(args.length > 1 ? args[1] : "articles");
    try (KnowledgeBase kb = KnowledgeBase.open(new KnowledgeConfig(articles, Map.of(), false))) {
      for (Question q : Question.read(questions)) {
        ArticleSearch.Scored s = kb.searchWithFeatures(SearchRequest.of(q.text(), 10));
        String top = s.hits().isEmpty() ? "-" : s.hits().get(0).id();
        String label = !q.inScope() ? "OOS" : q.expected().contains(top) ? "OK1" : "BAD";
        Confidence.Features f = s.features();
        System.out.printf(Locale.ROOT, "%s\t%.3f\t%.2f\t%.3f\t%s\t%s%n",
            label, f.coverage(), f.score(), f.gap(), q.text(), top);
      }
    }
  }
}

package org.examdesk.knowledge;

import java.nio.file.Path;
import java.util.Map;
import org.examdesk.knowledge.eval.Question;

/** Runs the evaluation questions in a loop for a profiler. Not a test. */
public final class Timing {
  public static void main(String[] args) throws Exception {
    try (KnowledgeBase kb = KnowledgeBase.open(new KnowledgeConfig(Path.of("articles"), Map.of(), false))) {
      var qs = Question.read(Path.of("knowledge/src/test/resources/eval/questions.tsv"));
      long end = System.nanoTime() + Long.parseLong(args[0]) * 1_000_000_000L;
      int n = 0;
      while (System.nanoTime() < end) {
        kb.search(SearchRequest.of(qs.get(n++ % qs.size()).text(), 5));
      }
      System.out.println(n + " searches");
    }
  }
}

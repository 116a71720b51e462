package org.examdesk.knowledge;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.nio.file.Path;
import java.util.*;
import org.examdesk.knowledge.eval.Question;

/** Offline experiment: BM25 vs dense vs reciprocal-rank fusion. Not a test. */
public final class DenseExperiment {
  record Section(String id, float[] vector) {}

  static final double[][] VARIANTS = {{60, 1}, {60, 0.5}, {20, 1}, {20, 0.5}, {10, 0.7}};

  static List<String> fuse(List<String> bm25, List<String> dense, double k, double w) {
    Map<String, Double> rrf = new HashMap<>();
    for (int i = 0; i < bm25.size(); i++) rrf.merge(bm25.get(i), 1.0 / (k + i + 1), Double::sum);
    for (int i = 0; i < dense.size(); i++) rrf.merge(dense.get(i), w / (k + i + 1), Double::sum);
    return rrf.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
  }

  public static void main(String[] args) throws Exception {
    var model = new BgeSmallEnV15QuantizedEmbeddingModel();
    var qs = Question.read(Path.of("knowledge/src/test/resources/eval/questions.tsv"));
    try (KnowledgeBase kb = KnowledgeBase.open(new KnowledgeConfig(Path.of("articles"), Map.of(), false))) {
      List<Section> sections = new ArrayList<>();
      long t0 = System.nanoTime();
      for (Article a : kb.articles()) {
        String plain = MarkdownText.toPlainText(a.body());
        List<String> parts = new ArrayList<>();
        parts.add(a.title() + ". " + a.summary() + " " + String.join(", ", a.aliases()));
        for (String chunk : a.body().split("\n## ")) parts.add(a.title() + ". " + MarkdownText.toPlainText(chunk));
        for (String p : parts) {
          Embedding e = model.embed(TextSegment.from(p)).content();
          sections.add(new Section(a.id(), e.vector()));
        }
      }
      System.out.printf("embedded %d sections in %.1f s%n", sections.size(), (System.nanoTime() - t0) / 1e9);
      int[] k = {60};
      double[][] m = new double[2 + VARIANTS.length][3];
      int n = 0; long qt = 0;
      for (Question q : qs) {
        if (!q.inScope()) continue;
        n++;
        List<String> bm25 = kb.search(SearchRequest.of(q.text(), 20)).hits().stream().map(SearchHit::id).toList();
        long s = System.nanoTime();
        float[] qv = model.embed("Represent this sentence for searching relevant passages: " + q.text()).content().vector();
        qt += System.nanoTime() - s;
        Map<String, Double> best = new HashMap<>();
        for (Section sec : sections) {
          double dot = 0; for (int i = 0; i < qv.length; i++) dot += qv[i] * sec.vector()[i];
          best.merge(sec.id(), dot, Math::max);
        }
        List<String> dense = best.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).map(Map.Entry::getKey).limit(20).toList();
        List<List<String>> lists = new ArrayList<>(List.of(bm25, dense));
        for (double[] v : VARIANTS) lists.add(fuse(bm25, dense, v[0], v[1]));
        for (int j = 0; j < lists.size(); j++) {
          int rank = 0;
          for (int i = 0; i < Math.min(10, lists.get(j).size()); i++) if (q.expected().contains(lists.get(j).get(i))) { rank = i + 1; break; }
          m[j][0] += rank == 1 ? 1 : 0; m[j][1] += rank >= 1 && rank <= 3 ? 1 : 0; m[j][2] += rank > 0 ? 1.0 / rank : 0;
        }
      }
      List<String> names = new ArrayList<>(List.of("bm25", "dense"));
      for (double[] v : VARIANTS) names.add("rrf k=" + v[0] + " denseWeight=" + v[1]);
      for (int j = 0; j < names.size(); j++) System.out.printf("%s hit@1 %.3f hit@3 %.3f MRR %.3f%n", names.get(j), m[j][0] / n, m[j][1] / n, m[j][2] / n);
      System.out.printf("query embedding %.1f ms avg%n", qt / 1e6 / n);
    }
  }
}

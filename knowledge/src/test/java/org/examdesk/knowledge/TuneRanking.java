package org.examdesk.knowledge;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.examdesk.knowledge.eval.Evaluation;
import org.examdesk.knowledge.eval.Question;
import org.examdesk.knowledge.eval.Report;

/** Grid search over {@link Tuning}; prints hit@1, hit@3 and MRR per setting. Run by hand. */
public final class TuneRanking {

    private TuneRanking() {}

    public static void main(String[] args) throws Exception {
        List<Question> questions = Question.read(Path.of("knowledge/src/test/resources/eval/questions.tsv"));
        KnowledgeConfig config = new KnowledgeConfig(Path.of("articles"), Map.of(), false);
        Tuning d = Tuning.DEFAULT;
        for (float title : new float[] {2f, 3f}) {
            for (float alias : new float[] {1.5f, 2f}) {
                for (float summary : new float[] {1f, 1.5f}) {
                    for (float prox : new float[] {0f, 0.5f, 1f}) {
                        for (float bodyB : new float[] {0.4f, 0.75f}) {
                            for (float shortB : new float[] {0.3f, 0.75f}) {
                                Tuning t = new Tuning(title, alias, summary, 1f, prox, d.k1(), bodyB, shortB);
                                try (KnowledgeBase kb = KnowledgeBase.open(config, t)) {
                                    Report r = new Evaluation(kb, false).run(questions);
                                    System.out.printf(
                                            Locale.ROOT,
                                            "%.3f %.3f %.3f %.3f %s%n",
                                            r.hitAt1(),
                                            r.hitAt3(),
                                            r.mrr(),
                                            r.inScopeConfident(),
                                            t);
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

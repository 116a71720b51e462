package org.examdesk.bot.understanding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.examdesk.bot.ExamDesk;
import org.examdesk.bot.engine.ConversationEngine;
import org.examdesk.bot.engine.Flow;
import org.examdesk.bot.flows.cases.ChatHours;
import org.examdesk.knowledge.Embedder;
import org.examdesk.knowledge.KnowledgeBase;
import org.examdesk.knowledge.KnowledgeConfig;

/**
 * Prints the understanding's figures: on the held-out test split (never used to write examples, set thresholds or
 * tune) and by 5-fold cross-validation on the training examples; then student references, slots, and articles
 * through the whole engine ({@link EngineEvaluation}). Run from the repository root:
 * {@code mvn -q -pl bot test-compile exec:java -Dexec.mainClass=org.examdesk.bot.understanding.EvaluateUnderstanding}
 * (add {@code -Dexec.args=--misses} to list the misses of the training and dev splits; the test split's misses
 * are never listed, so that nothing is written or tuned against them).
 */
public final class EvaluateUnderstanding {
    private EvaluateUnderstanding() {}

    public static void main(String[] args) throws Exception {
        boolean misses = List.of(args).contains("--misses");
        boolean intentsOnly = List.of(args).contains("--intents-only");
        Path articles = Path.of(Files.isDirectory(Path.of("articles")) ? "articles" : "../articles");
        try (KnowledgeBase knowledge = KnowledgeBase.open(new KnowledgeConfig(articles, Map.of(), false))) {
            List<Flow> flows = ExamDesk.flows(
                    knowledge,
                    new ChatHours(
                            Clock.systemUTC(),
                            LocalTime.of(9, 0),
                            LocalTime.of(17, 0),
                            ZoneId.of("Europe/London"),
                            Set.of()));
            List<Example> train = ConversationEngine.examples(flows);
            List<Example> test = LabelledSet.intentTest();
            Embedder embedder = Embedder.bgeSmall();
            VectorCache vectors = new VectorCache(Path.of("target/understanding-eval/embeddings.bin"));
            List<String> texts =
                    new ArrayList<>(train.stream().map(Example::text).toList());
            texts.addAll(test.stream().map(Example::text).toList());
            vectors.fill(texts, t -> Understanding.embed(embedder, t));
            IntentModel model = IntentModel.train(train, vectors::get);
            System.out.printf(
                    "Intents: %d intents + none; %d training examples, %d test utterances; none-threshold %.2f"
                            + " (calibrated on the training split)%n",
                    model.intents().size() - 1, train.size(), test.size(), model.threshold());
            IntentScores onTest = IntentScores.of(model, test, vectors::get);
            System.out.println(onTest.line("test split"));
            IntentScores crossValidated = IntentScores.crossValidated(train, vectors::get);
            System.out.println(crossValidated.line("train split, 5-fold CV"));
            if (misses) {
                crossValidated.misses().forEach(m -> System.out.println("  miss (train CV): " + m));
            }
            if (!intentsOnly) {
                EngineEvaluation.run(knowledge, misses);
            }
        }
    }
}

package org.examdesk.bot.understanding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.examdesk.bot.ExamDesk;
import org.examdesk.bot.engine.ConversationEngine;
import org.examdesk.bot.flows.cases.ChatHours;
import org.examdesk.knowledge.Embedder;
import org.examdesk.knowledge.KnowledgeBase;
import org.examdesk.knowledge.KnowledgeConfig;

/**
 * Chooses the classifier's training settings by 5-fold cross-validation on the training examples alone: the
 * held-out test split is never read here. Prints one line per setting tried; the chosen one becomes
 * {@code Softmax.Settings.DEFAULT}. Arguments: {@code epochs,rate,l2,denseScale} settings to try, e.g.
 * {@code 30,0.4,1e-5,1 60,0.4,1e-5,2}.
 */
public final class TuneUnderstanding {
    private TuneUnderstanding() {}

    public static void main(String[] args) throws Exception {
        Path articles = Path.of(Files.isDirectory(Path.of("articles")) ? "articles" : "../articles");
        try (KnowledgeBase knowledge = KnowledgeBase.open(new KnowledgeConfig(articles, Map.of(), false))) {
            List<Example> train = ConversationEngine.examples(ExamDesk.flows(
                    knowledge,
                    new ChatHours(
                            Clock.systemUTC(),
                            LocalTime.of(9, 0),
                            LocalTime.of(17, 0),
                            ZoneId.of("Europe/London"),
                            Set.of())));
            VectorCache vectors = new VectorCache(Path.of("target/understanding-eval/embeddings.bin"));
            Embedder embedder = Embedder.bgeSmall();
            vectors.fill(train.stream().map(Example::text).toList(), t -> Understanding.embed(embedder, t));
            for (String arg : args) {
                String[] p = arg.split(",");
                Softmax.Settings settings = new Softmax.Settings(
                        Integer.parseInt(p[0]),
                        Double.parseDouble(p[1]),
                        Double.parseDouble(p[2]),
                        Float.parseFloat(p[3]));
                long start = System.nanoTime();
                IntentScores cv = IntentScores.crossValidated(train, vectors::get, settings);
                System.out.printf("%s (%d s)%n", cv.line("CV " + arg), (System.nanoTime() - start) / 1_000_000_000);
            }
        }
    }
}

package org.examdesk.bot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.examdesk.bot.engine.ConversationEngine;
import org.examdesk.bot.engine.Entities;
import org.examdesk.bot.engine.Flow;
import org.examdesk.bot.platform.AppConfig;
import org.examdesk.bot.understanding.NameWords;
import org.examdesk.bot.understanding.Understanding;
import org.examdesk.knowledge.Embedder;
import org.examdesk.knowledge.KnowledgeBase;
import org.examdesk.knowledge.KnowledgeConfig;

/**
 * How long understanding one message takes (embedding, intent and act, entities, name words; the name lookup in
 * the database excluded), beside one bare embedding call of the same message as the baseline, on the held-out
 * utterances (varied lengths, typos, several sentences). Also start-up: training from nothing, and a warm start
 * from the cached model. Run from the repository root:
 * {@code mvn -q -pl bot test-compile exec:java -Dexec.mainClass=org.examdesk.bot.bench.UnderstandingBenchmark}
 */
public final class UnderstandingBenchmark {
    private static final int ROUNDS = 4;

    private UnderstandingBenchmark() {}

    public static void main(String[] args) throws Exception {
        AppConfig config = BenchWiring.config();
        try (KnowledgeBase knowledge =
                KnowledgeBase.open(new KnowledgeConfig(Path.of(BenchWiring.articlesDir()), Map.of(), false))) {
            List<Flow> flows = BenchWiring.flows(knowledge, config);
            Path cold = Files.createTempDirectory("understanding-cold");
            long t0 = System.nanoTime();
            Embedder embedder = Embedder.bgeSmall();
            long modelLoad = System.nanoTime() - t0;
            t0 = System.nanoTime();
            Understanding.train(ConversationEngine.examples(flows), embedder, cold);
            long coldStart = System.nanoTime() - t0;
            t0 = System.nanoTime();
            Understanding understanding = Understanding.train(ConversationEngine.examples(flows), embedder, cold);
            long warmStart = System.nanoTime() - t0;
            NameWords names = NameWords.of(knowledge);

            List<String> messages = messages();
            Samples bare = new Samples();
            Samples whole = new Samples();
            for (int round = 0; round < ROUNDS + 1; round++) {
                boolean record = round > 0; // the first round warms up the JIT and ONNX Runtime
                for (String text : messages) {
                    long a = System.nanoTime();
                    embedder.passage(text);
                    long b = System.nanoTime();
                    understanding.understand(text);
                    Entities.extract(text);
                    names.in(text);
                    long c = System.nanoTime();
                    if (record) {
                        bare.add(b - a);
                        whole.add(c - b);
                    }
                }
            }
            System.out.printf(
                    "Load average at start: %s; %d cores%n",
                    Files.readString(Path.of("/proc/loadavg")).trim(),
                    Runtime.getRuntime().availableProcessors());
            System.out.printf(
                    "Embedding model load: %d ms; training from nothing (embed %d examples, train, calibrate):"
                            + " %d ms; warm start from the cached model: %d ms%n",
                    modelLoad / 1_000_000,
                    ConversationEngine.examples(flows).size(),
                    coldStart / 1_000_000,
                    warmStart / 1_000_000);
            System.out.println("Understanding one message, " + messages.size() + " messages x " + ROUNDS + " rounds:");
            System.out.println("  bare bge-small embedding (baseline): " + bare.summary());
            System.out.println(
                    "  whole understanding (embedding, intent, act, entities, name words): " + whole.summary());
        }
    }

    private static List<String> messages() throws Exception {
        Path file = Path.of(Files.isDirectory(Path.of("bot")) ? "bot" : ".")
                .resolve("src/test/resources/understanding/intents-test.tsv");
        List<String> texts = new ArrayList<>();
        for (String line :
                Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
            String[] parts = line.split("\t");
            if (parts.length == 3) {
                texts.add(parts[2]);
            }
        }
        return texts;
    }
}

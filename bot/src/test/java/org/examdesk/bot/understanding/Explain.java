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
 * Prints what the understanding makes of each argument (intent, confidence, act, runners-up): for trying a new
 * phrasing while writing examples. {@code mvn -q -pl bot test-compile exec:java
 * -Dexec.mainClass=org.examdesk.bot.understanding.Explain -Dexec.args="'reactivate zoe' 'hi there'"}
 */
public final class Explain {
    private Explain() {}

    public static void main(String[] args) throws Exception {
        Path articles = Path.of(Files.isDirectory(Path.of("articles")) ? "articles" : "../articles");
        try (KnowledgeBase knowledge = KnowledgeBase.open(new KnowledgeConfig(articles, Map.of(), false))) {
            ChatHours hours = new ChatHours(
                    Clock.systemUTC(), LocalTime.of(9, 0), LocalTime.of(17, 0), ZoneId.of("Europe/London"), Set.of());
            Understanding understanding = Understanding.train(
                    ConversationEngine.examples(ExamDesk.flows(knowledge, hours)),
                    Embedder.bgeSmall(),
                    Path.of("target/understanding-eval"));
            for (String text : List.of(args)) {
                Prediction p = understanding.understand(text).prediction();
                System.out.printf(
                        "%s%n  -> %s %.2f, %s %.2f, ranked %s%n",
                        text, p.intent(), p.confidence(), p.act(), p.actConfidence(), p.ranked());
            }
        }
    }
}

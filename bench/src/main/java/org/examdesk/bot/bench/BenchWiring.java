package org.examdesk.bot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.examdesk.admin.cases.Cases;
import org.examdesk.bot.ExamDesk;
import org.examdesk.bot.engine.Answers;
import org.examdesk.bot.engine.ConversationEngine;
import org.examdesk.bot.engine.Flow;
import org.examdesk.bot.flows.cases.ChatHours;
import org.examdesk.bot.platform.AppConfig;
import org.examdesk.bot.platform.SupportHours;
import org.examdesk.bot.understanding.Understanding;
import org.examdesk.knowledge.Embedder;
import org.examdesk.knowledge.KnowledgeBase;

/** The engine as ExamDesk wires it (same flows, same order), for benchmarks that call it directly. */
final class BenchWiring {
    private BenchWiring() {}

    /** The articles folder, whether run from the repository root or from bot/. */
    static String articlesDir() {
        return Files.isDirectory(Path.of("articles")) ? "articles" : "../articles";
    }

    /** The configuration the app would read from an environment with only the articles folder set. */
    static AppConfig config() {
        return AppConfig.fromEnv(Map.of("EXAMDESK_ARTICLES_DIR", articlesDir(), "EXAMDESK_WATCH_ARTICLES", "false"));
    }

    static ConversationEngine engine(KnowledgeBase knowledge, AppConfig config) {
        List<Flow> flows = flows(knowledge, config);
        return new ConversationEngine(understanding(flows, config), flows, new Answers(knowledge));
    }

    /** The flows as ExamDesk wires them. */
    static List<Flow> flows(KnowledgeBase knowledge, AppConfig config) {
        SupportHours cases = config.cases();
        return ExamDesk.flows(
                knowledge,
                new ChatHours(Clock.systemUTC(), cases.opens(), cases.closes(), cases.zone(), Cases.bankHolidays()));
    }

    /** The understanding as the app trains it (and caches it under the data folder). */
    static Understanding understanding(List<Flow> flows, AppConfig config) {
        return Understanding.train(
                ConversationEngine.examples(flows),
                Embedder.bgeSmall(),
                config.dataDir().resolve("understanding"));
    }
}

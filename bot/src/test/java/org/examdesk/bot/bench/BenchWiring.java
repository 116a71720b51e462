package org.examdesk.bot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.examdesk.admin.cases.CaseSettings;
import org.examdesk.bot.engine.Answers;
import org.examdesk.bot.engine.ConversationEngine;
import org.examdesk.bot.engine.IntentRecognizer;
import org.examdesk.bot.flows.cases.CaseTrackingFlow;
import org.examdesk.bot.flows.cases.ChatHours;
import org.examdesk.bot.flows.cases.LiveChatFlow;
import org.examdesk.bot.flows.cases.OpenCaseFlow;
import org.examdesk.bot.flows.cases.TalkToPersonFlow;
import org.examdesk.bot.flows.results.CandidateHelpFlow;
import org.examdesk.bot.flows.results.ResultsAccessFlow;
import org.examdesk.bot.flows.students.AccountFlow;
import org.examdesk.bot.flows.students.BulkReactivateFlow;
import org.examdesk.bot.flows.students.StudentSelfFlow;
import org.examdesk.bot.platform.AppConfig;
import org.examdesk.knowledge.KnowledgeBase;

/** The engine as ExamDesk wires it (same flows, same order), for benchmarks that call it directly. */
final class BenchWiring {
    private BenchWiring() {
    }

    /** The articles folder, whether run from the repository root or from bot/. */
    static String articlesDir() {
        return Files.isDirectory(Path.of("articles")) ? "articles" : "../articles";
    }

    /** The configuration the app would read from an environment with only the articles folder set. */
    static AppConfig config() {
        return AppConfig.fromEnv(Map.of("EXAMDESK_ARTICLES_DIR", articlesDir(), "EXAMDESK_WATCH_ARTICLES", "false"));
    }

    static ConversationEngine engine(KnowledgeBase knowledge, AppConfig config) {
        CaseSettings cases = config.cases();
        ChatHours hours = new ChatHours(Clock.systemUTC(), cases.opens(), cases.closes(), cases.zone());
        OpenCaseFlow openCase = new OpenCaseFlow(knowledge, hours);
        return new ConversationEngine(new IntentRecognizer(), List.of(new BulkReactivateFlow(), new AccountFlow(),
                new StudentSelfFlow(), openCase, new CaseTrackingFlow(hours), new TalkToPersonFlow(hours, openCase),
                new LiveChatFlow(), new ResultsAccessFlow(), new CandidateHelpFlow()), new Answers(knowledge));
    }
}

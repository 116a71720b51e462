package org.examdesk.bot.bench;

import java.util.List;
import org.examdesk.bot.engine.Answers;
import org.examdesk.bot.engine.ConversationEngine;
import org.examdesk.bot.engine.Flow;
import org.examdesk.bot.platform.AppConfig;
import org.examdesk.bot.understanding.Understanding;
import org.examdesk.knowledge.KnowledgeBase;
import org.examdesk.knowledge.KnowledgeConfig;

/**
 * How long a conversation turn takes in the engine, apart from the admin API. Part 1 times turns that never call
 * the admin API in a loop; part 2 times whole account-flow turns against the running app and subtracts the time
 * spent waiting for the admin API. Target: engine turn p99 under 30 ms. Arguments: [rounds] [cycles]. See README.
 */
public final class EngineBenchmark {
    private EngineBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int cycles = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        AppConfig config = BenchWiring.config();
        try (KnowledgeBase knowledge =
                KnowledgeBase.open(new KnowledgeConfig(config.articlesDir(), config.placeholders(), false))) {
            List<Flow> flows = BenchWiring.flows(knowledge, config);
            Understanding understanding = BenchWiring.understanding(flows, config);
            EngineOnlyTurns turns = new EngineOnlyTurns(
                    new ConversationEngine(understanding, flows, new Answers(knowledge)), understanding);
            turns.run(Math.max(200, rounds / 4), false);
            turns.run(rounds, true);
            turns.print();
        }
        try (AccountTurns accounts = new AccountTurns()) {
            int warmUp = Math.min(20, accounts.lockedStudents() / 5);
            int measured = Math.min(cycles, accounts.lockedStudents() - warmUp);
            accounts.run(0, warmUp, false);
            accounts.run(warmUp, measured, true);
            accounts.print();
        }
    }
}

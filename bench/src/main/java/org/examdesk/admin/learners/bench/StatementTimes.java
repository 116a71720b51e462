package org.examdesk.admin.learners.bench;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

/** Adds up the time the database took per kind of statement (its first words), to see where a run's time goes. */
final class StatementTimes implements SqlLogger {
    private final Map<String, LongAdder> micros = new ConcurrentHashMap<>();

    @Override
    public void logAfterExecution(StatementContext context) {
        if (context.getExecutionMoment() == null || context.getCompletionMoment() == null) {
            return;
        }
        long took = Duration.between(context.getExecutionMoment(), context.getCompletionMoment())
                        .toNanos()
                / 1000;
        String sql = context.getRenderedSql().replaceAll("\\s+", " ").trim();
        micros.computeIfAbsent(sql.substring(0, Math.min(70, sql.length())), k -> new LongAdder())
                .add(took);
    }

    void reset() {
        micros.clear();
    }

    /** The {@code top} statements by total time, in ms per run. */
    void print(int top, int runs) {
        micros.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
                .limit(top)
                .forEach(e ->
                        System.out.printf("    %7.0f ms  %s%n", e.getValue().sum() / 1000.0 / runs, e.getKey()));
    }
}

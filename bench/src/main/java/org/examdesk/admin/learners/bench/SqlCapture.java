package org.examdesk.admin.learners.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Records the learner statements the server runs for a request (the SQL as rendered and its bound arguments), so
 * the benchmark can run the same statements again over JDBC alone, as a baseline, and show their plans.
 */
final class SqlCapture implements SqlLogger {
    record Statement(String sql, Map<String, Argument> arguments) {}

    private final List<Statement> captured = new ArrayList<>();

    @Override
    @SuppressWarnings("removal") // the one way to read a bound argument back in the pinned JDBI version
    public void logAfterExecution(StatementContext ctx) {
        String sql = ctx.getRenderedSql();
        if (!sql.contains("learner")) {
            return;
        }
        Map<String, Argument> arguments = new LinkedHashMap<>();
        for (String name : ctx.getParsedSql().getParameters().getParameterNames()) {
            ctx.getBinding().findForName(name, ctx).ifPresent(a -> arguments.put(name, a));
        }
        synchronized (captured) {
            captured.add(new Statement(sql, arguments));
        }
    }

    /** The statements recorded since the last call. */
    List<Statement> take() {
        synchronized (captured) {
            List<Statement> taken = List.copyOf(captured);
            captured.clear();
            return taken;
        }
    }

    /** Runs the statements one after the other, reading every row; returns the time taken in microseconds. */
    static long replay(Handle h, List<Statement> statements) {
        long start = System.nanoTime();
        for (Statement s : statements) {
            bind(h.createQuery(s.sql()), s).mapToMap().list();
        }
        return (System.nanoTime() - start) / 1_000;
    }

    /** {@code EXPLAIN (ANALYZE, BUFFERS)} of one statement, line by line. */
    static List<String> explain(Handle h, Statement s) {
        return bind(h.createQuery("explain (analyze, buffers) " + s.sql()), s)
                .mapTo(String.class)
                .list();
    }

    private static Query bind(Query query, Statement s) {
        s.arguments().forEach(query::bind);
        return query;
    }
}

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
 * Records the statements on one kind of table the server runs for a request (the SQL as rendered and its bound
 * arguments), so a benchmark can run the same statements again over JDBC alone, as a baseline, and show their plans.
 */
public final class SqlCapture implements SqlLogger {
    public record Statement(String sql, Map<String, Argument> arguments) {}

    private final List<Statement> captured = new ArrayList<>();
    private final String table;

    /** Records the statements on learners. */
    SqlCapture() {
        this("learner");
    }

    /** Records the statements whose SQL names {@code table}. */
    public SqlCapture(String table) {
        this.table = table;
    }

    @Override
    @SuppressWarnings("removal") // the one way to read a bound argument back in the pinned JDBI version
    public void logAfterExecution(StatementContext ctx) {
        String sql = ctx.getRenderedSql();
        if (!sql.contains(table)) {
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
    public List<Statement> take() {
        synchronized (captured) {
            List<Statement> taken = List.copyOf(captured);
            captured.clear();
            return taken;
        }
    }

    /** Runs the statements one after the other, reading every row; returns the time taken in microseconds. */
    public static long replay(Handle h, List<Statement> statements) {
        long start = System.nanoTime();
        for (Statement s : statements) {
            bind(h.createQuery(s.sql()), s).mapToMap().list();
        }
        return (System.nanoTime() - start) / 1_000;
    }

    /** {@code EXPLAIN (ANALYZE, BUFFERS)} of one statement, line by line. */
    public static List<String> explain(Handle h, Statement s) {
        return bind(h.createQuery("explain (analyze, buffers) " + s.sql()), s)
                .mapTo(String.class)
                .list();
    }

    private static Query bind(Query query, Statement s) {
        s.arguments().forEach(query::bind);
        return query;
    }
}

package org.examdesk.admin.articles.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.examdesk.admin.articles.bench.SearchComparison.Result;

/** Prints the engines side by side (Lucene first), then Lucene divided by each PostgreSQL variant. */
final class ComparisonTable {
    private final PrintStream out;

    ComparisonTable(PrintStream out) {
        this.out = out;
    }

    void print(List<Result> results) {
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-32s", ""));
        results.forEach(r -> header.append(String.format(Locale.ROOT, "%16s", r.engine())));
        results.stream()
                .skip(1)
                .forEach(r -> header.append(String.format(
                        Locale.ROOT, "%18s", "Lucene/" + r.engine().replace("PG ", ""))));
        out.println(header);
        Quality q = results.get(0).quality();
        row(results, "hit@1 (" + q.inScope() + " in scope)", "%.3f", r -> r.quality()
                .hit1());
        row(results, "hit@3", "%.3f", r -> r.quality().hit3());
        row(results, "MRR@" + Quality.DEPTH, "%.3f", r -> r.quality().mrr());
        row(results, "out-of-scope rejected (" + q.outOfScope() + ")", "%.3f", r -> r.quality()
                .rejection());
        row(results, "in scope, wrong first answer", "%.3f", r -> r.quality().answeredWrongly());
        row(results, "p50 ms (1 thread)", "%.3f", r -> r.speed().p50());
        row(results, "p99 ms (1 thread)", "%.3f", r -> r.speed().p99());
        row(results, "searches/s (" + results.get(0).speed().threads() + " threads)", "%.0f", r -> r.speed()
                .perSecond());
        out.printf(
                Locale.ROOT,
                "(latency from %s timed searches per engine, %d hits each, after a warm-up)%n",
                results.stream().map(r -> String.valueOf(r.speed().searches())).toList(),
                Speed.LIMIT);
    }

    private void row(List<Result> results, String label, String format, ToDoubleFunction<Result> value) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-32s", label));
        results.forEach(r -> line.append(
                String.format(Locale.ROOT, "%16s", String.format(Locale.ROOT, format, value.applyAsDouble(r)))));
        double lucene = value.applyAsDouble(results.get(0));
        results.stream()
                .skip(1)
                .forEach(r -> line.append(String.format(Locale.ROOT, "%18s", ratio(lucene, value.applyAsDouble(r)))));
        out.println(line);
    }

    private static String ratio(double lucene, double postgres) {
        if (postgres == 0) {
            return lucene == 0 ? "-" : "inf";
        }
        return String.format(Locale.ROOT, "%.2f", lucene / postgres);
    }
}

package org.examdesk.admin.learners.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.examdesk.admin.learners.bench.SqlCapture.Statement;
import org.jdbi.v3.core.Handle;

/** Per kind of request: the whole request's time, the same SQL's time over JDBC, how many found something. */
public final class Timings {
    public static final class Kind {
        public final List<Long> http = new ArrayList<>();
        final List<Long> sql = new ArrayList<>();
        public final List<Long> totals = new ArrayList<>();
        long slowest = -1;
        public String slowestPath;
        public List<Statement> slowestStatements = List.of();
    }

    public final Map<String, Kind> kinds = new LinkedHashMap<>();

    /**
     * Sends one request and times it to the last byte of the answer, then runs the statements it ran again over
     * JDBC and times them; adds both to {@code timings} unless it is null (warm-up), with what {@code matches}
     * counts in the answer. A status other than 200 stops the run.
     */
    public static void once(
            HttpClient http,
            HttpRequest request,
            SqlCapture capture,
            Handle replay,
            Timings timings,
            String kind,
            ToLongFunction<String> matches)
            throws IOException, InterruptedException {
        capture.take();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long took = (System.nanoTime() - start) / 1_000;
        String query = request.uri().getRawQuery();
        String path = request.uri().getRawPath() + (query == null ? "" : "?" + query);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " -> " + response.statusCode() + " " + response.body());
        }
        List<SqlCapture.Statement> statements = capture.take();
        long sql = SqlCapture.replay(replay, statements);
        capture.take();
        if (timings != null) {
            timings.add(kind, path, took, sql, matches.applyAsLong(response.body()), statements);
        }
    }

    public void add(String kind, String path, long httpMicros, long sqlMicros, long total, List<Statement> statements) {
        Kind k = kinds.computeIfAbsent(kind, n -> new Kind());
        k.http.add(httpMicros);
        k.sql.add(sqlMicros);
        k.totals.add(total);
        if (httpMicros > k.slowest) {
            k.slowest = httpMicros;
            k.slowestPath = path;
            k.slowestStatements = statements;
        }
    }

    /** The table of figures, one row a kind, in milliseconds; then the p99 over every search request. */
    public List<String> table(String baseline) {
        List<String> lines = new ArrayList<>();
        lines.add("| request | n | found something | matches p50 / max | p50 | p95 | **p99** | max"
                + " | same SQL over JDBC p50 / p99 |");
        lines.add("|---|---|---|---|---|---|---|---|---|");
        List<Long> searches = new ArrayList<>();
        kinds.forEach((name, k) -> {
            long[] http = sorted(k.http);
            long[] sql = sorted(k.sql);
            long[] totals = sorted(k.totals);
            long found = k.totals.stream().filter(t -> t > 0).count();
            boolean isBaseline = name.equals(baseline);
            if (!isBaseline) {
                searches.addAll(k.http);
            }
            lines.add(String.format(
                    "| %s | %d | %s | %s | %.1f | %.1f | **%.1f** | %.1f | %s |",
                    name,
                    http.length,
                    isBaseline ? "" : Math.round(100.0 * found / http.length) + " %",
                    isBaseline ? "" : String.format("%,d / %,d", at(totals, 50), totals[totals.length - 1]),
                    at(http, 50) / 1000.0,
                    at(http, 95) / 1000.0,
                    at(http, 99) / 1000.0,
                    http[http.length - 1] / 1000.0,
                    isBaseline ? "" : String.format("%.1f / %.1f", at(sql, 50) / 1000.0, at(sql, 99) / 1000.0)));
        });
        long[] all = sorted(searches);
        lines.add(String.format(
                "all %,d search requests: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
                all.length,
                at(all, 50) / 1000.0,
                at(all, 95) / 1000.0,
                at(all, 99) / 1000.0,
                all[all.length - 1] / 1000.0));
        return lines;
    }

    /** The search kind with the highest p99. */
    public Map.Entry<String, Kind> slowest(String baseline) {
        return kinds.entrySet().stream()
                .filter(e -> !e.getKey().equals(baseline))
                .max((a, b) -> Long.compare(at(sorted(a.getValue().http), 99), at(sorted(b.getValue().http), 99)))
                .orElseThrow();
    }

    /** The nearest-rank percentile of sorted values. */
    public static long at(long[] sorted, int percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static long[] sorted(List<Long> values) {
        long[] array = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(array);
        return array;
    }
}

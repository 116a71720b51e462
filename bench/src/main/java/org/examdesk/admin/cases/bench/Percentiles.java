package org.examdesk.admin.cases.bench;

import java.util.Arrays;
import java.util.Locale;

/** Latency figures from a list of nanosecond timings (shared by the benchmarks that time HTTP requests). */
public final class Percentiles {
    private Percentiles() {}

    public static String describe(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(
                Locale.ROOT,
                "%s: n=%d p50=%.2f ms p95=%.2f ms p99=%.2f ms max=%.2f ms",
                what,
                sorted.length,
                ms(sorted, 0.50),
                ms(sorted, 0.95),
                ms(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6);
    }

    static double p99Millis(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return ms(sorted, 0.99);
    }

    private static double ms(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}

package org.examdesk.bot.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/** Durations in nanoseconds, summarised as percentiles in milliseconds. Not thread-safe: one writer, or synchronise. */
final class Samples {
    private long[] values = new long[1024];
    private int count;

    void add(long nanos) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = nanos;
    }

    int count() {
        return count;
    }

    /** The {@code i}th value added, in nanoseconds. */
    long value(int i) {
        return values[i];
    }

    /** The {@code p}th percentile (nearest rank), in ms. */
    double millis(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, rank))] / 1e6;
    }

    String summary() {
        return String.format(
                "n=%d  p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms",
                count, millis(50), millis(90), millis(99), millis(100));
    }

    /** The machine, for the figures: cores and the 1-minute load average (other builds share it). */
    static String machine() {
        return String.format(
                "%d cores, load average %.1f",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}

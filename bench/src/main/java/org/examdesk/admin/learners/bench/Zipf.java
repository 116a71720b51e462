package org.examdesk.admin.learners.bench;

import java.util.Arrays;
import java.util.Random;

/** Ranks 0 to n - 1 drawn with weight 1 / (rank + 1)^s: rank 0 the most common, the last ones rare. */
public final class Zipf {
    private final double[] cumulative;

    public Zipf(int n, double s) {
        cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1 / Math.pow(i + 1, s);
            cumulative[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= sum;
        }
    }

    public int rank(Random random) {
        int i = Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(i >= 0 ? i : -i - 1, cumulative.length - 1);
    }

    /** Draws an index with probability proportional to {@code weights} (any non-negative numbers). */
    public static int weighted(Random random, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double roll = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}

package org.examdesk.knowledge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.examdesk.knowledge.eval.Question;

/**
 * Fits the confidence model of {@link Confidence} on the dev split of the evaluation questions
 * and prints the weights and thresholds to copy into its constants, with the rates on both
 * splits (the test split is never used to fit or choose); with {@code --features} it also prints
 * every dev question's features. Not a test: run it by hand (see EVALUATION.md).
 */
public final class Calibrate {

    private static final double OUT_OF_SCOPE_WEIGHT = 3.0;
    private static final double L2 = 0.01;
    private static final double MIN_REJECTION = 0.92;
    /** Out-of-scope questions that may be shown related articles: at most one in five. */
    private static final double MIN_RELATED_REJECTION = 0.8;

    private Calibrate() {}

    public static void main(String[] args) throws Exception {
        Path questions = Path.of("knowledge/src/test/resources/eval/questions.tsv");
        Question.Split split = Question.split(Question.read(questions));
        Features dev;
        Features test;
        try (KnowledgeBase kb = KnowledgeBase.open(new KnowledgeConfig(Path.of("articles"), Map.of(), false))) {
            dev = features(kb, split.dev(), List.of(args).contains("--features"));
            test = features(kb, split.test(), false);
        }
        double[] w = fit(dev.x, dev.inScope);
        for (int j = 0; j < w.length; j++) {
            w[j] = Math.round(w[j] * 1000) / 1000.0; // as printed, so that the rates below are the constants'
        }
        double best = Double.NaN;
        double bestRate = -1;
        double related = Double.NaN;
        for (double t = 20; t >= 0; t -= 0.01) {
            double[] rates = rates(dev.x, dev.inScope, w, t);
            if (rates[1] >= MIN_REJECTION && rates[0] > bestRate) {
                bestRate = rates[0];
                best = t;
            }
            if (rates[1] >= MIN_RELATED_REJECTION) {
                related = t;
            }
        }
        best = midway(dev.x, w, best);
        related = midway(dev.x, w, related);
        System.out.printf(
                Locale.ROOT,
                "WEIGHT_COVERAGE = %.3f%nWEIGHT_MATCHED = %.3f%nWEIGHT_LOG_SCORE = %.3f%nTHRESHOLD = %.3f%n"
                        + "RELATED_THRESHOLD = %.3f%n",
                w[0],
                w[1],
                w[2],
                best,
                related);
        for (String name : List.of("dev", "test")) {
            Features f = name.equals("dev") ? dev : test;
            double[] confident = rates(f.x, f.inScope, w, best);
            double[] shown = rates(f.x, f.inScope, w, related);
            System.out.printf(
                    Locale.ROOT,
                    "%s split: in-scope confident %.3f, out-of-scope rejected %.3f; in-scope related %.3f,"
                            + " out-of-scope shown nothing %.3f%n",
                    name,
                    confident[0],
                    confident[1],
                    shown[0],
                    shown[1]);
        }
    }

    /**
     * The point halfway between the dev questions on either side of threshold {@code t}, so that
     * rounding the printed constants cannot move a question across it.
     */
    private static double midway(List<double[]> x, double[] w, double t) {
        double below = Double.NEGATIVE_INFINITY;
        double above = Double.POSITIVE_INFINITY;
        for (double[] row : x) {
            double e = 0;
            for (int j = 0; j < w.length; j++) {
                e += w[j] * row[j];
            }
            if (e > t) {
                above = Math.min(above, e);
            } else {
                below = Math.max(below, e);
            }
        }
        return Double.isInfinite(below) || Double.isInfinite(above) ? t : (below + above) / 2;
    }

    private record Features(List<double[]> x, List<Boolean> inScope) {}

    private static Features features(KnowledgeBase kb, List<Question> questions, boolean print) {
        List<double[]> x = new ArrayList<>();
        List<Boolean> inScope = new ArrayList<>();
        for (Question q : questions) {
            ArticleSearch.Scored s = kb.searchWithFeatures(SearchRequest.of(q.text(), 10));
            Confidence.Features f = s.features();
            x.add(new double[] {f.coverage(), f.matched(), Math.log1p(f.score())});
            inScope.add(q.inScope());
            if (print) {
                String top = s.hits().isEmpty() ? "-" : s.hits().get(0).id();
                String label = !q.inScope() ? "OOS" : q.expected().contains(top) ? "OK1" : "BAD";
                System.out.printf(
                        Locale.ROOT,
                        "%s\t%.3f\t%.3f\t%.3f\t%.2f\t%.3f\t%.3f\t%s\t%s%n",
                        label,
                        f.coverage(),
                        f.matched(),
                        f.unknown(),
                        f.score(),
                        f.gap(),
                        Confidence.evidence(f),
                        q.text(),
                        top);
            }
        }
        return new Features(x, inScope);
    }

    /** Weighted logistic regression by gradient descent on standardised features. */
    static double[] fit(List<double[]> x, List<Boolean> y) {
        int n = x.size();
        int d = x.get(0).length;
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / n;
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            sd[j] = Math.sqrt(sd[j]) + 1e-9;
        }
        double[] w = new double[d];
        double b = 0;
        for (int it = 0; it < 5000; it++) {
            double[] gw = new double[d];
            double gb = 0;
            for (int i = 0; i < n; i++) {
                double z = b;
                for (int j = 0; j < d; j++) {
                    z += w[j] * (x.get(i)[j] - mean[j]) / sd[j];
                }
                double p = 1 / (1 + Math.exp(-z));
                double g = (p - (y.get(i) ? 1 : 0)) * (y.get(i) ? 1 : OUT_OF_SCOPE_WEIGHT);
                for (int j = 0; j < d; j++) {
                    gw[j] += g * (x.get(i)[j] - mean[j]) / sd[j] / n;
                }
                gb += g / n;
            }
            for (int j = 0; j < d; j++) {
                w[j] -= 0.1 * (gw[j] + L2 * w[j]);
            }
            b -= 0.1 * gb;
        }
        // Back to raw features: evidence = sum(raw_j * w_j / sd_j); the bias moves to the threshold.
        double[] raw = new double[d];
        for (int j = 0; j < d; j++) {
            raw[j] = w[j] / sd[j];
        }
        return raw;
    }

    private static double[] rates(List<double[]> x, List<Boolean> y, double[] w, double t) {
        int in = 0;
        int inConfident = 0;
        int out = 0;
        int outRejected = 0;
        for (int i = 0; i < x.size(); i++) {
            double e = 0;
            for (int j = 0; j < w.length; j++) {
                e += w[j] * x.get(i)[j];
            }
            if (y.get(i)) {
                in++;
                inConfident += e > t ? 1 : 0;
            } else {
                out++;
                outRejected += e > t ? 0 : 1;
            }
        }
        return new double[] {(double) inConfident / in, (double) outRejected / out};
    }
}

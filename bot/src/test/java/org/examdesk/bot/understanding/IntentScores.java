package org.examdesk.bot.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** Intent accuracy, out-of-scope recall and precision, and act accuracy of a model on labelled examples. */
record IntentScores(
        int n,
        double accuracy,
        double outOfScopeRecall,
        double outOfScopePrecision,
        double actAccuracy,
        List<String> misses) {

    static IntentScores of(IntentModel model, List<Example> examples, Function<String, float[]> vectors) {
        int right = 0;
        int goldNone = 0;
        int predictedNone = 0;
        int bothNone = 0;
        int acts = 0;
        int actsRight = 0;
        List<String> misses = new ArrayList<>();
        for (Example e : examples) {
            Prediction p = model.predict(e.text(), vectors.apply(e.text()));
            boolean gold = e.intent().equals(IntentModel.NONE);
            boolean predicted = p.isNone();
            goldNone += gold ? 1 : 0;
            predictedNone += predicted ? 1 : 0;
            bothNone += gold && predicted ? 1 : 0;
            if (p.intent().equals(e.intent())) {
                right++;
            } else {
                misses.add(
                        e.intent() + " -> " + p.intent() + String.format(" (%.2f)", p.confidence()) + ": " + e.text());
            }
            if (!gold && !predicted) {
                acts++;
                actsRight += p.act() == e.act() ? 1 : 0;
            }
        }
        return new IntentScores(
                examples.size(),
                ratio(right, examples.size()),
                ratio(bothNone, goldNone),
                ratio(bothNone, predictedNone),
                ratio(actsRight, acts),
                misses);
    }

    /** 5-fold cross-validation on the training examples: each fold predicted by a model trained (and calibrated) on the rest. */
    static IntentScores crossValidated(List<Example> train, Function<String, float[]> vectors) {
        return crossValidated(train, vectors, Softmax.Settings.DEFAULT);
    }

    static IntentScores crossValidated(
            List<Example> train, Function<String, float[]> vectors, Softmax.Settings settings) {
        List<IntentScores> folds = new ArrayList<>();
        for (int fold = 0; fold < IntentModel.FOLDS; fold++) {
            List<Example> rest = new ArrayList<>();
            List<Example> held = new ArrayList<>();
            for (int i = 0; i < train.size(); i++) {
                // a different assignment from the calibration's (i % 5), so calibration folds differ from these
                (((i * 7919) % 1009) % IntentModel.FOLDS == fold ? held : rest).add(train.get(i));
            }
            folds.add(of(IntentModel.train(rest, vectors, settings), held, vectors));
        }
        int n = folds.stream().mapToInt(IntentScores::n).sum();
        return new IntentScores(
                n,
                mean(folds, IntentScores::accuracy),
                mean(folds, IntentScores::outOfScopeRecall),
                mean(folds, IntentScores::outOfScopePrecision),
                mean(folds, IntentScores::actAccuracy),
                folds.stream().flatMap(f -> f.misses().stream()).toList());
    }

    private static double mean(List<IntentScores> folds, ToDoubleFunction<IntentScores> f) {
        return folds.stream().mapToDouble(f).average().orElse(0);
    }

    static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    static Map<String, Long> perIntent(List<Example> examples) {
        Map<String, Long> counts = new TreeMap<>();
        examples.forEach(e -> counts.merge(e.intent(), 1L, Long::sum));
        return counts;
    }

    String line(String label) {
        return String.format(
                "%-34s n=%4d  intent accuracy %.3f  out-of-scope recall %.3f  precision %.3f  act accuracy %.3f",
                label, n, accuracy, outOfScopeRecall, outOfScopePrecision, actAccuracy);
    }
}

package org.examdesk.bot.understanding;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The learned understanding of messages: an intent classifier and a question-or-request classifier over the same
 * features (the sentence embedding beside lexical features), and the confidence below which a message counts as
 * none of the intents. That threshold is calibrated on the training examples alone, by cross-validation: each
 * fifth of them is predicted by a model trained on the other four fifths.
 */
public final class IntentModel {
    /** The intent of a message that no flow handles: it goes to the article search. */
    public static final String NONE = "none";

    static final int FOLDS = 5;
    private static final long SEED = 13;

    private final LexicalFeatures lexical;
    private final Softmax intents;
    private final Softmax acts;
    private final double threshold;

    private IntentModel(LexicalFeatures lexical, Softmax intents, Softmax acts, double threshold) {
        this.lexical = lexical;
        this.intents = intents;
        this.acts = acts;
        this.threshold = threshold;
    }

    /** Trains on the examples; {@code vectors} gives each example text's embedding. */
    public static IntentModel train(List<Example> examples, Function<String, float[]> vectors) {
        return train(examples, vectors, Softmax.Settings.DEFAULT);
    }

    static IntentModel train(List<Example> examples, Function<String, float[]> vectors, Softmax.Settings settings) {
        IntentModel model = fit(examples, vectors, -1, settings);
        double threshold = calibrate(examples, vectors, settings);
        return new IntentModel(model.lexical, model.intents, model.acts, threshold);
    }

    /** Trains without calibrating: every prediction whose best class is an intent is taken. */
    static IntentModel fit(List<Example> examples, Function<String, float[]> vectors, double threshold) {
        return fit(examples, vectors, threshold, Softmax.Settings.DEFAULT);
    }

    static IntentModel fit(
            List<Example> examples, Function<String, float[]> vectors, double threshold, Softmax.Settings settings) {
        LexicalFeatures lexical =
                LexicalFeatures.fit(examples.stream().map(Example::text).toList());
        List<String> classes = new ArrayList<>(
                new TreeSet<>(examples.stream().map(Example::intent).toList()));
        List<String> actNames = List.of(Act.DO.name(), Act.HOW.name());
        int dims = vectors.apply(examples.get(0).text()).length;
        List<Softmax.Row> intentRows = new ArrayList<>();
        List<Softmax.Row> actRows = new ArrayList<>();
        for (Example e : examples) {
            float[] v = vectors.apply(e.text());
            SparseVector x = lexical.vector(e.text());
            intentRows.add(new Softmax.Row(v, x, classes.indexOf(e.intent())));
            actRows.add(new Softmax.Row(v, x, e.act().ordinal()));
        }
        return new IntentModel(
                lexical,
                Softmax.train(classes, dims, intentRows, SEED, settings),
                Softmax.train(actNames, dims, actRows, SEED + 1, Softmax.Settings.ACTS),
                threshold);
    }

    /**
     * The threshold that makes the most cross-validated predictions right, counting a prediction below it as none.
     * Of several equally good thresholds the middle one is taken.
     */
    static double calibrate(List<Example> examples, Function<String, float[]> vectors, Softmax.Settings settings) {
        List<double[]> scored = new ArrayList<>(); // {confidence, right if taken, right if none}
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Example> train = new ArrayList<>();
            List<Example> held = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                (i % FOLDS == fold ? held : train).add(examples.get(i));
            }
            IntentModel model = fit(train, vectors, -1, settings);
            for (Example e : held) {
                Prediction p = model.predict(e.text(), vectors.apply(e.text()));
                scored.add(new double[] {
                    p.confidence(),
                    p.intent().equals(e.intent()) ? 1 : 0,
                    e.intent().equals(NONE) ? 1 : 0
                });
            }
        }
        int best = -1;
        List<Double> bestThresholds = new ArrayList<>();
        for (int t = 0; t <= 95; t++) {
            double threshold = t / 100.0;
            int right = 0;
            for (double[] s : scored) {
                right += (int) (s[0] >= threshold ? s[1] : s[2]);
            }
            if (right > best) {
                best = right;
                bestThresholds.clear();
            }
            if (right == best) {
                bestThresholds.add(threshold);
            }
        }
        return bestThresholds.get(bestThresholds.size() / 2);
    }

    public Prediction predict(String text, float[] vector) {
        SparseVector x = lexical.vector(text);
        double[] p = new double[intents.classes().size()];
        intents.probabilities(vector, x, p);
        List<Prediction.Scored> ranked = new ArrayList<>();
        for (int k = 0; k < p.length; k++) {
            ranked.add(new Prediction.Scored(intents.classes().get(k), p[k]));
        }
        ranked.sort(Comparator.comparingDouble(Prediction.Scored::probability).reversed());
        double[] a = new double[2];
        acts.probabilities(vector, x, a);
        Act act = a[Act.HOW.ordinal()] > a[Act.DO.ordinal()] ? Act.HOW : Act.DO;
        Prediction.Scored top = ranked.get(0);
        String intent = top.probability() >= threshold ? top.intent() : NONE;
        return new Prediction(
                intent,
                top.probability(),
                act,
                a[act.ordinal()],
                List.copyOf(ranked.subList(0, Math.min(3, ranked.size()))));
    }

    public double threshold() {
        return threshold;
    }

    public List<String> intents() {
        return intents.classes();
    }

    void write(DataOutputStream out) throws IOException {
        out.writeDouble(threshold);
        Softmax.writeFloats(out, lexical.idf());
        intents.write(out);
        acts.write(out);
    }

    static IntentModel read(DataInputStream in) throws IOException {
        double threshold = in.readDouble();
        LexicalFeatures lexical = LexicalFeatures.of(Softmax.readFloats(in));
        return new IntentModel(lexical, Softmax.read(in), Softmax.read(in), threshold);
    }

    /** How many examples each intent has: for the start-up log. */
    static Map<String, Long> counts(List<Example> examples) {
        return examples.stream().collect(Collectors.groupingBy(Example::intent, TreeMap::new, Collectors.counting()));
    }
}

package org.examdesk.bot.understanding;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Multinomial logistic regression over a dense vector (the sentence embedding) and sparse lexical features, trained
 * by stochastic gradient descent with a fixed seed, so the same examples always give the same model.
 */
final class Softmax {
    /** One training row: the features and the index of its class. */
    record Row(float[] dense, SparseVector sparse, int label) {}

    /** How a model is trained: passes over the rows, the starting step size, and the weight decay. */
    record Settings(int epochs, double rate, double l2, float denseScale) {
        /** For the intents: chosen by 5-fold cross-validation on the training examples ({@code TuneUnderstanding}). */
        static final Settings DEFAULT = new Settings(30, 1.2, 1e-5, 2f);
        /** The settings before the choice, kept for a stand-in embedding in unit tests. */
        static final Settings STAND_IN = new Settings(30, 0.4, 1e-5, 1f);
        /** For question-or-request, which the lexical features (how a message opens) decide best. */
        static final Settings ACTS = new Settings(30, 0.4, 1e-5, 1f);
    }

    private final List<String> classes;
    private final int dense;
    private final float denseScale;
    private final float[] denseWeights;
    private final float[] sparseWeights;
    private final float[] bias;

    private Softmax(
            List<String> classes,
            int dense,
            float denseScale,
            float[] denseWeights,
            float[] sparseWeights,
            float[] bias) {
        this.classes = List.copyOf(classes);
        this.dense = dense;
        this.denseScale = denseScale;
        this.denseWeights = denseWeights;
        this.sparseWeights = sparseWeights;
        this.bias = bias;
    }

    static Softmax train(List<String> classes, int dense, List<Row> rows, long seed) {
        return train(classes, dense, rows, seed, Settings.DEFAULT);
    }

    static Softmax train(List<String> classes, int dense, List<Row> rows, long seed, Settings settings) {
        int c = classes.size();
        Softmax model = new Softmax(
                classes,
                dense,
                settings.denseScale(),
                new float[c * dense],
                new float[c * LexicalFeatures.DIMENSIONS],
                new float[c]);
        List<Row> order = new ArrayList<>(rows);
        Random random = new Random(seed);
        double[] p = new double[c];
        long step = 0;
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            Collections.shuffle(order, random);
            for (Row row : order) {
                double rate = settings.rate() / (1 + step++ / (double) rows.size());
                model.probabilities(row.dense(), row.sparse(), p);
                for (int k = 0; k < c; k++) {
                    float g = (float) (rate * (p[k] - (k == row.label() ? 1 : 0)));
                    float gDense = g * model.denseScale;
                    float decay = (float) (1 - rate * settings.l2());
                    int base = k * dense;
                    for (int j = 0; j < dense; j++) {
                        model.denseWeights[base + j] = model.denseWeights[base + j] * decay - gDense * row.dense()[j];
                    }
                    int sparseBase = k * LexicalFeatures.DIMENSIONS;
                    SparseVector x = row.sparse();
                    for (int j = 0; j < x.size(); j++) {
                        model.sparseWeights[sparseBase + x.index()[j]] -= g * x.value()[j];
                    }
                    model.bias[k] -= g;
                }
            }
        }
        return model;
    }

    List<String> classes() {
        return classes;
    }

    /** Fills {@code out} with the probability of each class. */
    void probabilities(float[] x, SparseVector sparse, double[] out) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < classes.size(); k++) {
            double d = 0;
            int base = k * dense;
            for (int j = 0; j < dense; j++) {
                d += denseWeights[base + j] * x[j];
            }
            double z = bias[k] + denseScale * d;
            int sparseBase = k * LexicalFeatures.DIMENSIONS;
            for (int j = 0; j < sparse.size(); j++) {
                z += sparseWeights[sparseBase + sparse.index()[j]] * sparse.value()[j];
            }
            out[k] = z;
            max = Math.max(max, z);
        }
        double sum = 0;
        for (int k = 0; k < classes.size(); k++) {
            out[k] = Math.exp(out[k] - max);
            sum += out[k];
        }
        for (int k = 0; k < classes.size(); k++) {
            out[k] /= sum;
        }
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(classes.size());
        for (String name : classes) {
            out.writeUTF(name);
        }
        out.writeInt(dense);
        out.writeFloat(denseScale);
        writeFloats(out, denseWeights);
        writeFloats(out, sparseWeights);
        writeFloats(out, bias);
    }

    static Softmax read(DataInputStream in) throws IOException {
        int c = in.readInt();
        List<String> classes = new ArrayList<>();
        for (int i = 0; i < c; i++) {
            classes.add(in.readUTF());
        }
        int dense = in.readInt();
        float denseScale = in.readFloat();
        return new Softmax(classes, dense, denseScale, readFloats(in), readFloats(in), readFloats(in));
    }

    static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        out.writeInt(values.length);
        for (float v : values) {
            out.writeFloat(v);
        }
    }

    static float[] readFloats(DataInputStream in) throws IOException {
        float[] values = new float[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readFloat();
        }
        return values;
    }
}

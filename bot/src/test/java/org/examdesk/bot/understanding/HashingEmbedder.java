package org.examdesk.bot.understanding;

import java.util.Random;
import org.examdesk.knowledge.Embedder;

/**
 * A stand-in for the sentence-embedding model in unit tests: each word adds a fixed pseudo-random direction, so
 * texts that share words point the same way. No model is loaded; meaning beyond shared words is not captured.
 */
public final class HashingEmbedder implements Embedder {
    static final int DIMENSIONS = 64;

    @Override
    public float[] passage(String text) {
        float[] v = new float[DIMENSIONS];
        for (String word : Words.of(text)) {
            Random r = new Random(word.hashCode());
            for (int i = 0; i < DIMENSIONS; i++) {
                v[i] += (float) r.nextGaussian();
            }
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        for (int i = 0; i < DIMENSIONS && norm > 0; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    @Override
    public float[] query(String text) {
        return passage(text);
    }
}

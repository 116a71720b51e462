package org.examdesk.bot.understanding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The surface of a message as hashed features: words, word pairs, and the letter trigrams of each word (so a typo
 * still shares most of its features with the word meant). Weighted by how rare a feature is among the training
 * examples (inverse document frequency), then scaled to unit length.
 */
final class LexicalFeatures {
    static final int DIMENSIONS = 1 << 16;

    private final float[] idf;

    private LexicalFeatures(float[] idf) {
        this.idf = idf;
    }

    /** Learns the feature weights from the training texts. */
    static LexicalFeatures fit(List<String> texts) {
        int[] documents = new int[DIMENSIONS];
        for (String text : texts) {
            for (int feature : counts(text).keySet()) {
                documents[feature]++;
            }
        }
        float[] idf = new float[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            idf[i] = (float) Math.log((1.0 + texts.size()) / (1.0 + documents[i])) + 1f;
        }
        return new LexicalFeatures(idf);
    }

    static LexicalFeatures of(float[] idf) {
        return new LexicalFeatures(idf);
    }

    float[] idf() {
        return idf;
    }

    SparseVector vector(String text) {
        Map<Integer, Integer> counts = counts(text);
        int[] index = new int[counts.size()];
        float[] value = new float[counts.size()];
        double norm = 0;
        int i = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            index[i] = e.getKey();
            value[i] = (float) ((1 + Math.log(e.getValue())) * idf[e.getKey()]);
            norm += value[i] * value[i];
            i++;
        }
        float scale = norm == 0 ? 0f : (float) (1 / Math.sqrt(norm));
        for (int j = 0; j < value.length; j++) {
            value[j] *= scale;
        }
        return new SparseVector(index, value);
    }

    private static Map<Integer, Integer> counts(String text) {
        List<String> words = Words.of(text);
        Map<Integer, Integer> counts = new HashMap<>();
        String previous = "^";
        for (String word : words) {
            add(counts, "w:" + word);
            add(counts, "b:" + previous + " " + word);
            previous = word;
            String padded = "<" + word + ">";
            for (int k = 0; k + 3 <= padded.length(); k++) {
                add(counts, "c:" + padded.substring(k, k + 3));
            }
        }
        if (!words.isEmpty()) {
            add(counts, "b:" + previous + " $");
            // how a message opens says much about whether it asks or requests ("how do i", "can you", "pls")
            add(counts, "s:" + words.get(0));
            if (words.size() > 1) {
                add(counts, "s:" + words.get(0) + " " + words.get(1));
            }
        }
        return counts;
    }

    private static void add(Map<Integer, Integer> counts, String feature) {
        counts.merge(Math.floorMod(feature.hashCode() * 0x9E3779B1, DIMENSIONS), 1, Integer::sum);
    }
}

package org.examdesk.knowledge;

/** Turns text into a vector whose direction stands for its meaning: the dense half of search. */
public interface Embedder {

    /** A vector for a stored passage (an article section). */
    float[] passage(String text);

    /** A vector for a user's question. */
    float[] query(String text);

    /**
     * BGE small English v1.5 (quantised), run in this process from the model inside its Maven
     * artifact; loading takes a few hundred milliseconds. Thread-safe.
     */
    static Embedder bgeSmall() {
        return BgeSmallEmbedder.load();
    }
}

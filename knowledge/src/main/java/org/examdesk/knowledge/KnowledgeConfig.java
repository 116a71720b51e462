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
 */
public record KnowledgeConfig(Path articlesDir, Map<String, String> placeholders, boolean watch) {

  public KnowledgeConfig {
    Objects.requireNonNull(articlesDir, "articlesDir");
    placeholders = placeholders == null ? Map.of() : Map.copyOf(placeholders);
  }
}

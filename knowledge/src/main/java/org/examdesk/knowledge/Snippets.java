package org.examdesk.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted passages of the body: matched words in {@code <mark>}, all other text HTML-escaped.
 * An article whose body has no match gets no passage (null), and the caller shows its summary.
 */
final class Snippets {

  private static final int MAX_PASSAGES = 1;

  private final Analyzer queryAnalyzer;

  Snippets(Analyzer queryAnalyzer) {
    this.queryAnalyzer = queryAnalyzer;
  }

  String[] highlight(IndexSearcher searcher, Query query, TopDocs hits) {
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, queryAnalyzer)
            // Words matched in the title or summary are worth showing in the body passage too.
            .withFieldMatcher(field -> !ArticleDocument.SPELL.equals(field))
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            .withMaxNoHighlightPassages(0)
            .build();
    try {
      return highlighter.highlight(ArticleDocument.BODY, query, hits, MAX_PASSAGES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Plain text as snippet HTML, for an article whose body did not match. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#x27;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}

package org.examdesk.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
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

    /**
     * Passages of the body for the hits, one per hit (null where the body has none of the words).
     *
     * @param words the question's words with their synonyms, question words left out: highlighting
     *     plain terms is several times faster than highlighting the scoring query's phrases
     */
    String[] highlight(IndexSearcher searcher, Collection<String> words, TopDocs hits) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String word : words) {
            query.add(new TermQuery(new Term(ArticleDocument.BODY, word)), Occur.SHOULD);
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, queryAnalyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxNoHighlightPassages(0)
                .withHandleMultiTermQuery(false)
                .withHighlightPhrasesStrictly(false)
                // Passages are the body's lines (a step, a paragraph, a table row): the article's own
                // units, and several times cheaper to find than sentences with java.text.BreakIterator.
                .withBreakIterator(() -> new CustomSeparatorBreakIterator('\n'))
                .build();
        try {
            return highlighter.highlight(ArticleDocument.BODY, query.build(), hits, MAX_PASSAGES);
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

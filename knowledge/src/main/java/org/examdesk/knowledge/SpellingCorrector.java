package org.examdesk.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Corrects typing mistakes against the articles' own vocabulary. Only a word the articles never
 * use, at least {@value #MIN_LENGTH} letters long, is replaced, so a query whose words all occur
 * in the articles is searched exactly as typed (typo tolerance never disturbs an exact match).
 */
final class SpellingCorrector {

  /** Shorter words have too many one-edit neighbours ("form", "from") to correct safely. */
  static final int MIN_LENGTH = 5;

  private static final int MAX_LENGTH = 30;

  private final Analyzer words = Analysis.plainWords();
  private final DirectSpellChecker checker = new DirectSpellChecker();

  SpellingCorrector() {
    checker.setMinQueryLength(MIN_LENGTH);
    checker.setMaxEdits(2);
    checker.setMinPrefix(1);
    checker.setAccuracy(0.7f);
  }

  /** The text with unknown words replaced by their best correction; the text itself if none. */
  String correct(String text, IndexReader reader) {
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    try (TokenStream stream = words.tokenStream(ArticleDocument.SPELL, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        String correction = correction(term.toString(), reader);
        if (correction != null) {
          out.append(text, copied, offset.startOffset()).append(correction);
          copied = offset.endOffset();
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return copied == 0 ? text : out.append(text, copied, text.length()).toString();
  }

  private String correction(String word, IndexReader reader) throws IOException {
    if (word.length() < MIN_LENGTH || word.length() > MAX_LENGTH || !isLetters(word)) {
      return null;
    }
    Term term = new Term(ArticleDocument.SPELL, word);
    if (reader.docFreq(term) > 0) {
      return null;
    }
    SuggestWord[] suggestions =
        checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
    return suggestions.length == 0 ? null : suggestions[0].string;
  }

  private static boolean isLetters(String word) {
    return word.chars().allMatch(Character::isLetter);
  }
}

package org.examdesk.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;

/**
 * The analysed words of a question as a flat list: each token with the positions it spans and
 * whether the synonym graph added it. The confidence check uses it to tell, word by word, whether
 * the best hit contains the word or one of its synonyms.
 */
record QuestionTerms(List<Token> tokens) {

  /** A token spanning positions [start, end). */
  record Token(String term, int start, int end, boolean synonym) {
    boolean overlaps(Token other) {
      return start < other.end && other.start < end;
    }
  }

  QuestionTerms {
    tokens = List.copyOf(tokens);
  }

  static QuestionTerms analyse(Analyzer analyzer, String field, String text) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        boolean synonym = SynonymGraphFilter.TYPE_SYNONYM.equals(type.type());
        tokens.add(
            new Token(term.toString(), position, position + length.getPositionLength(), synonym));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysing a String does no I/O
    }
    return new QuestionTerms(tokens);
  }

  List<Token> originals() {
    return tokens.stream().filter(t -> !t.synonym()).toList();
  }

  List<Token> synonymsOf(Token original) {
    return tokens.stream().filter(t -> t.synonym() && t.overlaps(original)).toList();
  }

  boolean isEmpty() {
    return tokens.isEmpty();
  }
}

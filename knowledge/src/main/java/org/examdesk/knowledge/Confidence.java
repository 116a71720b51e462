package org.examdesk.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreDoc;

/**
 * Decides whether the best hit answers the question.
 *
 * <p>Features of the best hit:
 *
 * <ul>
 *   <li><b>coverage</b>: the share of the question's words (each weighted by its IDF, so "the"
 *       and "how" count for almost nothing and "weather" for a lot) that the article contains,
 *       directly or through a synonym;
 *   <li><b>score</b>: its BM25 score;
 *   <li><b>gap</b>: how far ahead of the second hit it is, as a share of its score.
 * </ul>
 */
final class Confidence {

  /** The features of one search's best hit. */
  record Features(double coverage, double score, double gap) {}

  // Calibrated on src/test/resources/eval/questions.tsv (see EVALUATION.md for the run).
  static final double MIN_COVERAGE = 0.6;
  static final double MIN_SCORE = 0.0;

  private final Set<String> questionWords;

  Confidence(Set<String> questionWords) {
    this.questionWords = questionWords;
  }

  /**
   * @param typed the question's words as typed (analysed without synonyms)
   * @param expanded the question's words with their synonyms
   */
  Features features(
      QuestionTerms typed, QuestionTerms expanded, ScoreDoc[] hits, IndexReader reader) {
    if (hits.length == 0 || typed.isEmpty()) {
      return new Features(0, 0, 0);
    }
    double top = hits[0].score;
    double second = hits.length > 1 ? hits[1].score : 0;
    double coverage = coverage(typed, expanded, hits[0].doc, reader);
    return new Features(coverage, top, top <= 0 ? 0 : (top - second) / top);
  }

  boolean confident(Features features) {
    return features.coverage() >= MIN_COVERAGE && features.score() > MIN_SCORE;
  }

  private double coverage(
      QuestionTerms typed, QuestionTerms expanded, int doc, IndexReader reader) {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    int numDocs = Math.max(1, reader.numDocs());
    double total = 0;
    double matched = 0;
    List<QuestionTerms.Token> words =
        typed.tokens().stream().filter(t -> !questionWords.contains(t.term())).toList();
    for (QuestionTerms.Token word : words.isEmpty() ? typed.tokens() : words) {
      double weight = idf(reader, word.term(), numDocs);
      total += weight;
      if (contains(leaf, doc, word.term())
          || expanded.overlapping(word).stream()
              .filter(s -> isSpecific(reader, s.term(), numDocs))
              .anyMatch(s -> contains(leaf, doc, s.term()))) {
        matched += weight;
      }
    }
    return total == 0 ? 0 : matched / total;
  }

  /**
   * Whether a synonym word says something: "of" in "date of birth" (for "dob") is in almost every
   * article, so finding it proves nothing.
   */
  private static boolean isSpecific(IndexReader reader, String term, int numDocs) {
    try {
      return reader.docFreq(new Term(ArticleDocument.ALL, term)) * 2 < numDocs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** BM25's IDF of a word in the catch-all field; an unknown word gets the largest. */
  private static double idf(IndexReader reader, String term, int numDocs) {
    try {
      int df = reader.docFreq(new Term(ArticleDocument.ALL, term));
      return Math.log(1 + (numDocs - df + 0.5) / (df + 0.5));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean contains(LeafReaderContext leaf, int doc, String term) {
    try {
      PostingsEnum postings =
          leaf.reader().postings(new Term(ArticleDocument.ALL, term), PostingsEnum.NONE);
      if (postings == null) {
        return false;
      }
      int target = doc - leaf.docBase;
      return postings.advance(target) == target && target != DocIdSetIterator.NO_MORE_DOCS;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

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
    record Features(double coverage, double matched, double unknown, double score, double gap) {

        static final Features NONE = new Features(0, 0, 0, 0, 0);
    }

    /*
     * The decision is a logistic model over three features: coverage, matched (the IDF mass of the
     * topic words the best hit contains) and ln(1 + score). Its weights were fitted by the
     * test-scope Calibrate main on the dev split of src/test/resources/eval/questions.tsv (every
     * third in-scope and every third out-of-scope question is held out as test and never used to
     * fit or choose; logistic regression, out-of-scope questions weighted 3x, features standardised,
     * L2 0.01). THRESHOLD is the one with the most dev in-scope questions confident while at least
     * 92% of the dev out-of-scope ones are rejected, put halfway between the questions either side
     * of it (dev 0.933 confident / 0.923 rejected; test 0.939 / 0.917). RELATED_THRESHOLD is the lowest at which at least 80% of the dev out-of-scope
     * questions are still shown nothing (dev: 0.952 of in-scope questions related, 0.808 of
     * out-of-scope shown nothing; test 0.976 / 0.917). Raw BM25 scores depend on the corpus and the
     * ranking: re-run Calibrate after large changes to either and copy its output here.
     */
    static final double WEIGHT_COVERAGE = 5.184;
    static final double WEIGHT_MATCHED = 0.320;
    static final double WEIGHT_LOG_SCORE = 2.269;
    static final double THRESHOLD = 7.836;
    static final double RELATED_THRESHOLD = 7.334;

    private final Set<String> questionWords;

    Confidence(Set<String> questionWords) {
        this.questionWords = questionWords;
    }

    /**
     * @param typed the question's words as typed (analysed without synonyms)
     * @param expanded the question's words with their synonyms
     */
    Features features(QuestionTerms typed, QuestionTerms expanded, ScoreDoc[] hits, IndexReader reader) {
        if (hits.length == 0 || typed.isEmpty()) {
            return Features.NONE;
        }
        double top = hits[0].score;
        double second = hits.length > 1 ? hits[1].score : 0;
        double[] coverage = coverage(typed, expanded, hits[0].doc, reader);
        double total = coverage[0] + coverage[1] + coverage[2];
        return new Features(
                total == 0 ? 0 : coverage[0] / total,
                coverage[0],
                coverage[2],
                top,
                top <= 0 ? 0 : (top - second) / top);
    }

    boolean confident(Features features) {
        return evidence(features) > THRESHOLD;
    }

    /** Whether the best hit is at least on the question's subject, though perhaps not its answer. */
    boolean related(Features features) {
        return evidence(features) > RELATED_THRESHOLD;
    }

    static double evidence(Features features) {
        return WEIGHT_COVERAGE * features.coverage()
                + WEIGHT_MATCHED * features.matched()
                + WEIGHT_LOG_SCORE * Math.log1p(features.score());
    }

    /** IDF mass of the topic words: {matched, known to the articles but missed, unknown}. */
    private double[] coverage(QuestionTerms typed, QuestionTerms expanded, int doc, IndexReader reader) {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        int numDocs = Math.max(1, reader.numDocs());
        double[] mass = new double[3];
        List<QuestionTerms.Token> words = typed.tokens().stream()
                .filter(t -> !questionWords.contains(t.term()))
                .toList();
        for (QuestionTerms.Token word : words.isEmpty() ? typed.tokens() : words) {
            double weight = idf(reader, word.term(), numDocs);
            List<QuestionTerms.Token> synonyms = expanded.overlapping(word);
            if (contains(leaf, doc, word.term())
                    || synonyms.stream()
                            .filter(s -> isSpecific(reader, s.term(), numDocs))
                            .anyMatch(s -> contains(leaf, doc, s.term()))) {
                mass[0] += weight;
            } else if (synonyms.stream().anyMatch(s -> docFreq(reader, s.term()) > 0)) {
                mass[1] += weight;
            } else {
                mass[2] += weight;
            }
        }
        return mass;
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

    private static int docFreq(IndexReader reader, String term) {
        try {
            return reader.docFreq(new Term(ArticleDocument.ALL, term));
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
            PostingsEnum postings = leaf.reader().postings(new Term(ArticleDocument.ALL, term), PostingsEnum.NONE);
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

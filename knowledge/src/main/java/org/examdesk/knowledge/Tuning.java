package org.examdesk.knowledge;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;

/**
 * The ranking knobs, in one place so an experiment can vary them. {@link #DEFAULT} holds the
 * values chosen with the evaluation questions (see EVALUATION.md).
 *
 * @param titleBoost weight of a match in the title
 * @param aliasBoost weight of a match in the aliases (other names for the article's subject)
 * @param summaryBoost weight of a match in the summary
 * @param bodyBoost weight of a match in the body
 * @param proximityBoost weight of two consecutive question words found near each other
 * @param k1 BM25 term-frequency saturation
 * @param bodyB BM25 length normalisation of the body (long articles are not worse answers)
 * @param shortB BM25 length normalisation of title, aliases and summary
 */
record Tuning(
        float titleBoost,
        float aliasBoost,
        float summaryBoost,
        float bodyBoost,
        float proximityBoost,
        float k1,
        float bodyB,
        float shortB) {

    static final Tuning DEFAULT = new Tuning(2.0f, 1.5f, 1.5f, 1.0f, 1.0f, 1.2f, 0.75f, 0.75f);

    Similarity similarity() {
        BM25Similarity body = new BM25Similarity(k1, bodyB);
        BM25Similarity other = new BM25Similarity(k1, shortB);
        return new PerFieldSimilarityWrapper() {
            @Override
            public Similarity get(String field) {
                return field.equals(ArticleDocument.BODY) || field.equals(ArticleDocument.ALL) ? body : other;
            }
        };
    }
}

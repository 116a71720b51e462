package org.examdesk.knowledge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Orders the articles for a question: BM25 with proximity re-scoring, fused with the dense
 * ranking when dense retrieval is on.
 */
final class Ranking {

    /** How deep the BM25 and the dense ranking go before they are fused. */
    static final int FUSION_DEPTH = 20;

    /** How many first BM25 hits the proximity pairs re-score. */
    static final int RESCORE_DEPTH = 50;

    private final DenseIndex dense;
    private final ArticleQueries queries;
    private final ReciprocalRankFusion fusion;

    /** @param dense null for BM25 only */
    Ranking(DenseIndex dense, ArticleQueries queries, ReciprocalRankFusion fusion) {
        this.dense = dense;
        this.queries = queries;
        this.fusion = fusion;
    }

    /**
     * The best {@code wanted} documents for the query (filters already in it); {@code filters}
     * again for the dense side.
     */
    ScoreDoc[] rank(IndexSearcher searcher, Query query, String corrected, Query filters, int wanted)
            throws IOException {
        return dense == null
                ? lexical(searcher, query, corrected, wanted)
                : fused(searcher, query, corrected, filters, wanted);
    }

    /**
     * BM25's and the dense index's rankings fused by reciprocal rank. Each ScoreDoc keeps its BM25
     * score (0 for an article found by meaning only), which the confidence decision uses.
     */
    private ScoreDoc[] fused(IndexSearcher searcher, Query query, String corrected, Query filters, int wanted)
            throws IOException {
        Map<String, ScoreDoc> byWords = new LinkedHashMap<>();
        for (ScoreDoc doc : lexical(searcher, query, corrected, Math.max(wanted, FUSION_DEPTH))) {
            byWords.put(ArticleDocument.idOf(searcher, doc.doc), doc);
        }
        List<String> byMeaning = dense.search(corrected, filters, FUSION_DEPTH);
        List<ScoreDoc> ranked = new ArrayList<>();
        for (String id : fusion.fuse(List.copyOf(byWords.keySet()), byMeaning)) {
            ScoreDoc doc = byWords.get(id);
            if (doc == null) {
                ScoreDoc[] found = searcher.search(new TermQuery(new Term(ArticleDocument.ID, id)), 1).scoreDocs;
                doc = found.length == 0 ? null : new ScoreDoc(found[0].doc, 0f);
            }
            if (doc != null && ranked.size() < wanted) {
                ranked.add(doc);
            }
        }
        return ranked.toArray(ScoreDoc[]::new);
    }

    /** BM25 hits, the first {@value #RESCORE_DEPTH} re-scored with the proximity pairs. */
    private ScoreDoc[] lexical(IndexSearcher searcher, Query query, String corrected, int wanted) throws IOException {
        Query proximity = queries.proximity(corrected);
        if (proximity == null) {
            return searcher.search(query, wanted).scoreDocs;
        }
        TopDocs first = searcher.search(query, Math.max(wanted, RESCORE_DEPTH));
        // Score = BM25 + proximity, as if the pairs were SHOULD clauses of the query.
        TopDocs rescored = QueryRescorer.rescore(searcher, first, proximity, 1.0, wanted);
        return rescored.scoreDocs;
    }
}

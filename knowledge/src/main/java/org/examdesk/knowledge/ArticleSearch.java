package org.examdesk.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/** Answers a {@link SearchRequest}: ranked hits with snippets and a confidence decision. */
final class ArticleSearch {

    /** A longer question is cut to its first words; nobody types 64 words that all matter. */
    static final int MAX_WORDS = 64;

    /** Words kept if a question's query still exceeds Lucene's clause limit. */
    static final int FALLBACK_WORDS = 16;

    static final int MAX_CHARS = 1_000;
    static final int MAX_LIMIT = 100;

    private final ArticleIndex index;
    private final Catalog catalog;
    private final Analyzer queryAnalyzer = Analysis.queryAnalyzer();
    private final Analyzer typedAnalyzer = Analysis.english();
    private final Set<String> questionWords = Analysis.questionWords();
    private final ArticleQueries queries;
    private final SpellingCorrector corrector = new SpellingCorrector();
    private final Confidence confidence = new Confidence(questionWords);
    private final Snippets snippets = new Snippets(queryAnalyzer);
    private final Ranking ranking;

    ArticleSearch(ArticleIndex index, Catalog catalog, Tuning tuning) {
        this.index = index;
        this.catalog = catalog;
        this.queries = new ArticleQueries(queryAnalyzer, questionWords, tuning);
        this.ranking = new Ranking(index.dense(), queries, ReciprocalRankFusion.DEFAULT);
    }

    ArticleQueries queries() {
        return queries;
    }

    SearchResults search(SearchRequest request) {
        Scored scored = run(request);
        return new SearchResults(request.query(), scored.confident(), scored.related(), scored.hits());
    }

    /** The search with the confidence features exposed, for calibration. */
    Scored run(SearchRequest request) {
        validate(request);
        try {
            return run(request, cut(request.query(), MAX_WORDS));
        } catch (IndexSearcher.TooManyClauses e) {
            // Only a long question whose every word has many synonyms gets here: search fewer words.
            return run(request, cut(request.query(), FALLBACK_WORDS));
        }
    }

    private Scored run(SearchRequest request, String text) {
        IndexSearcher searcher = index.acquire();
        try {
            String corrected = corrector.correct(text, searcher.getIndexReader());
            Query scoring = queries.scoring(text, corrected);
            if (scoring == null) {
                return new Scored(List.of(), Confidence.Features.NONE, false, false);
            }
            Query filters = ArticleFilters.filters(request, searcher.getIndexReader());
            Query query = filters == null
                    ? scoring
                    : new BooleanQuery.Builder()
                            .add(scoring, Occur.MUST)
                            .add(filters, Occur.FILTER)
                            .build();
            int wanted = Math.max(2, Math.min(request.limit(), MAX_LIMIT));
            ScoreDoc[] top = ranking.rank(searcher, query, corrected, filters, wanted);
            QuestionTerms expanded = QuestionTerms.analyse(queryAnalyzer, ArticleDocument.ALL, corrected);
            Confidence.Features features = confidence.features(
                    QuestionTerms.analyse(typedAnalyzer, ArticleDocument.ALL, corrected),
                    expanded,
                    top,
                    searcher.getIndexReader());
            List<SearchHit> hits = hits(searcher, topicWords(expanded), top, request.limit());
            return new Scored(
                    hits,
                    features,
                    !hits.isEmpty() && confidence.confident(features),
                    !hits.isEmpty() && confidence.related(features));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }

    /** Hits for a prepared query, e.g. the contact-form choices of "for you". */
    List<SearchHit> search(Query scoring, String text, int limit) {
        IndexSearcher searcher = index.acquire();
        try {
            QuestionTerms words = QuestionTerms.analyse(queryAnalyzer, ArticleDocument.ALL, text);
            return hits(searcher, topicWords(words), searcher.search(scoring, limit).scoreDocs, limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }

    private Set<String> topicWords(QuestionTerms words) {
        Set<String> topic = new LinkedHashSet<>(words.terms());
        topic.removeAll(questionWords);
        return topic.isEmpty() ? Set.copyOf(words.terms()) : topic;
    }

    private List<SearchHit> hits(IndexSearcher searcher, Set<String> words, ScoreDoc[] ranked, int limit)
            throws IOException {
        ScoreDoc[] shown = ranked.length > limit ? Arrays.copyOf(ranked, limit) : ranked;
        TopDocs top = new TopDocs(new TotalHits(shown.length, TotalHits.Relation.EQUAL_TO), shown);
        String[] passages = snippets.highlight(searcher, words, top);
        List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc doc = top.scoreDocs[i];
            String id = ArticleDocument.idOf(searcher, doc.doc);
            String passage = passages[i] == null ? null : passages[i].strip();
            catalog.get(id)
                    .ifPresent(a -> hits.add(new SearchHit(
                            a.id(),
                            a.title(),
                            a.summary(),
                            passage != null ? passage : Snippets.escape(a.summary()),
                            doc.score,
                            a.updated())));
        }
        return hits;
    }

    private static void validate(SearchRequest request) {
        if (request == null) {
            throw new IllegalArgumentException("A search needs a request; got none.");
        }
        if (request.query() == null || request.query().isBlank()) {
            throw new IllegalArgumentException("Please type a question or some words to search for.");
        }
        if (request.limit() < 1) {
            throw new IllegalArgumentException(
                    "The number of results wanted must be at least 1; got " + request.limit() + ".");
        }
    }

    /** The first {@value #MAX_WORDS} words of the text, at most {@value #MAX_CHARS} characters. */
    static String cut(String text) {
        return cut(text, MAX_WORDS);
    }

    private static String cut(String text, int maxWords) {
        String[] words = text.strip().split("\\s+", maxWords + 1);
        int count = Math.min(words.length, maxWords);
        String joined = String.join(" ", Arrays.asList(words).subList(0, count));
        if (joined.length() <= MAX_CHARS) {
            return joined;
        }
        // Never split a surrogate pair (an emoji) in two.
        int end = Character.isHighSurrogate(joined.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return joined.substring(0, end);
    }

    /** A search's hits with the features the confidence decision was made on. */
    record Scored(List<SearchHit> hits, Confidence.Features features, boolean confident, boolean related) {}
}

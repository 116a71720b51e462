package org.examdesk.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds Lucene queries from user text programmatically (never through a query parser), so
 * quotes, AND, brackets, * ~ and backslashes are just characters.
 */
final class ArticleQueries {

    record FieldBoost(String field, float boost) {}

    /**
     * Proximity pairs per question: phrase queries read positions, the dearest part of a search,
     * and the first few pairs of a long question carry its subject.
     */
    static final int MAX_PAIRS = 12;

    /** A spelling correction is a guess: it scores less than a word typed correctly. */
    static final float CORRECTION_WEIGHT = 0.7f;

    private final QueryBuilder builder;
    private final Analyzer typed = Analysis.english();
    private final Set<String> questionWords;
    private final Tuning tuning;

    /**
     * Field boosts, title > aliases > summary > body: a word in the title says more about what an
     * article is for than the same word somewhere in its steps.
     */
    private final List<FieldBoost> fieldBoosts;

    ArticleQueries(Analyzer queryAnalyzer, Set<String> questionWords, Tuning tuning) {
        this.builder = new QueryBuilder(queryAnalyzer);
        this.questionWords = questionWords;
        this.tuning = tuning;
        this.fieldBoosts = List.of(
                new FieldBoost(ArticleDocument.TITLE, tuning.titleBoost()),
                new FieldBoost(ArticleDocument.ALIASES, tuning.aliasBoost()),
                new FieldBoost(ArticleDocument.SUMMARY, tuning.summaryBoost()),
                new FieldBoost(ArticleDocument.BODY, tuning.bodyBoost()));
        // "date of birth" as a synonym of "dob" must match as a phrase, not as three loose words.
        builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    }

    /** Scores articles for the text over all fields; null when the text has no words. */
    Query scoring(String text) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean any = false;
        for (FieldBoost field : fieldBoosts) {
            Query fieldQuery = fieldQuery(field.field(), text);
            if (fieldQuery != null) {
                query.add(new BoostQuery(fieldQuery, field.boost()), Occur.SHOULD);
                any = true;
            }
        }
        return any ? query.build() : null;
    }

    /**
     * Pairs of consecutive topic words ("centre number", "award date") found within a word or two
     * of each other: an article that uses the pair says more than one with the words far apart.
     * Null when the question has no pair. Applied by rescoring the first BM25 hits, not as part of
     * the main query: phrase matching reads positions, and on a large corpus of common words that
     * would cost far more than the whole rest of a search.
     */
    Query proximity(String text) {
        if (tuning.proximityBoost() <= 0) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        List<Query> pairs = pairs(text);
        pairs.forEach(pair -> query.add(pair, Occur.SHOULD));
        return pairs.isEmpty() ? null : query.build();
    }

    private List<Query> pairs(String text) {
        List<String> words = QuestionTerms.analyse(typed, ArticleDocument.ALL, text).terms().stream()
                .filter(w -> !questionWords.contains(w))
                .toList();
        List<Query> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < words.size() && pairs.size() < MAX_PAIRS; i++) {
            Query pair = new PhraseQuery(2, ArticleDocument.ALL, words.get(i), words.get(i + 1));
            pairs.add(new BoostQuery(pair, tuning.proximityBoost()));
        }
        return pairs;
    }

    /**
     * One field's query for the text, without the single-word clauses of question words ("what",
     * "how", "my"), unless nothing else is left. Phrases from synonyms keep their words.
     */
    private Query fieldQuery(String field, String text) {
        Query query = builder.createBooleanQuery(field, text, Occur.SHOULD);
        if (!(query instanceof BooleanQuery bool)) {
            return query;
        }
        BooleanQuery.Builder kept = new BooleanQuery.Builder();
        int count = 0;
        for (BooleanClause clause : bool.clauses()) {
            if (!(clause.getQuery() instanceof TermQuery term
                    && questionWords.contains(term.getTerm().text()))) {
                kept.add(clause);
                count++;
            }
        }
        return count == 0 ? query : kept.build();
    }

    /** The text's scoring query plus, if the corrector changed words, the corrected text's. */
    Query scoring(String text, String corrected) {
        Query original = scoring(text);
        if (corrected.equals(text)) {
            return original;
        }
        Query correction = scoring(corrected);
        BooleanQuery.Builder both = new BooleanQuery.Builder();
        if (original != null) {
            both.add(original, Occur.SHOULD);
        }
        if (correction != null) {
            both.add(new BoostQuery(correction, CORRECTION_WEIGHT), Occur.SHOULD);
        }
        return both.build();
    }

    /** Browsing: the text's words in titles and summaries only (ordering is by views). */
    Query titleAndSummary(String text) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean any = false;
        for (FieldBoost field : fieldBoosts.subList(0, 3)) {
            if (field.field().equals(ArticleDocument.ALIASES)) {
                continue;
            }
            Query fieldQuery = fieldQuery(field.field(), text);
            if (fieldQuery != null) {
                query.add(new BoostQuery(fieldQuery, field.boost()), Occur.SHOULD);
                any = true;
            }
        }
        return any ? query.build() : null;
    }
}

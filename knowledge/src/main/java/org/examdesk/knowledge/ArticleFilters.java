package org.examdesk.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Filters on the keyword fields role, qualification, subject and topic. */
final class ArticleFilters {

    /** Filter values that mean "every value" in an article's front matter. */
    private static final Map<String, String> WILDCARDS = Map.of(
            ArticleDocument.ROLE, "anyone",
            ArticleDocument.QUALIFICATION, "all",
            ArticleDocument.SUBJECT, "all",
            ArticleDocument.TOPIC, "all");

    /**
     * A filter on one keyword field: articles carrying the value, or the field's wildcard ("all",
     * "anyone"). A value no article carries matches nothing, so a mistyped filter shows no results
     * rather than every article tagged "all".
     */
    static Query filter(String field, String value, IndexReader reader) {
        if (value == null || value.isBlank()) {
            return new MatchAllDocsQuery();
        }
        Term term = new Term(field, ArticleDocument.keyword(value));
        if (docFreq(reader, term) == 0) {
            return new MatchNoDocsQuery("no article has " + field + " " + value);
        }
        return new BooleanQuery.Builder()
                .add(new TermQuery(term), Occur.SHOULD)
                .add(new TermQuery(new Term(field, WILDCARDS.get(field))), Occur.SHOULD)
                .build();
    }

    /** The request's four filters, or null when none is set. */
    static Query filters(SearchRequest request, IndexReader reader) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean any = false;
        String[][] filters = {
            {ArticleDocument.ROLE, request.role()},
            {ArticleDocument.QUALIFICATION, request.qualification()},
            {ArticleDocument.SUBJECT, request.subject()},
            {ArticleDocument.TOPIC, request.topic()}
        };
        for (String[] filter : filters) {
            if (filter[1] != null && !filter[1].isBlank()) {
                all.add(filter(filter[0], filter[1], reader), Occur.FILTER);
                any = true;
            }
        }
        return any ? all.build() : null;
    }

    private static int docFreq(IndexReader reader, Term term) {
        try {
            return reader.docFreq(term);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ArticleFilters() {}
}

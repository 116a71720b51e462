package org.examdesk.knowledge;

import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** The query behind "for you": articles for the choices made in the contact form. */
final class ContactFormQuery {

    /** The contact form's keys whose values describe the user, not the problem. */
    private static final Map<String, String> FORM_FILTERS = Map.of(
            "customerType", ArticleDocument.ROLE,
            "qualification", ArticleDocument.QUALIFICATION,
            "subject", ArticleDocument.SUBJECT);

    /** How much an article made for the user's role or qualification gains over one that is not. */
    static final float FORM_PREFERENCE_BOOST = 0.5f;

    /**
     * Articles for a contact form's choices: the words of every choice score as a question would,
     * and articles tagged with the chosen customer type, qualification or subject rank higher. Null
     * when no choice has a word in it.
     */
    Query build(Map<String, String> choices) {
        StringBuilder text = new StringBuilder();
        BooleanQuery.Builder preferences = new BooleanQuery.Builder();
        for (Map.Entry<String, String> choice : sorted(choices).entrySet()) {
            String value = choice.getValue();
            if (choice.getKey() == null || value == null || value.isBlank()) {
                continue;
            }
            text.append(value.strip()).append('\n');
            String field = FORM_FILTERS.get(choice.getKey());
            if (field != null) {
                Query tagged = new TermQuery(new Term(field, ArticleDocument.keyword(value)));
                preferences.add(new BoostQuery(tagged, FORM_PREFERENCE_BOOST), Occur.SHOULD);
            }
        }
        Query words = queries.scoring(ArticleSearch.cut(text.toString()));
        if (words == null) {
            return null;
        }
        return new BooleanQuery.Builder()
                .add(words, Occur.MUST)
                .add(preferences.build(), Occur.SHOULD)
                .build();
    }

    private final ArticleQueries queries;

    ContactFormQuery(ArticleQueries queries) {
        this.queries = queries;
    }

    /** The choices in key order (so the query does not depend on the map's), null keys dropped. */
    private static Map<String, String> sorted(Map<String, String> choices) {
        Map<String, String> sorted = new TreeMap<>();
        choices.forEach((key, value) -> {
            if (key != null && value != null) {
                sorted.put(key, value);
            }
        });
        return sorted;
    }
}

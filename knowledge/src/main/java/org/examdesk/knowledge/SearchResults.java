package org.examdesk.knowledge;

import java.util.List;

/**
 * The hits for a query, best first.
 *
 * @param confident whether the first hit is judged to answer the question; when false the caller
 *     should not present it as the answer (offer a person or a case instead)
 * @param related whether the hits are at least on the question's subject (always true when
 *     confident): worth showing as "may help", not as the answer
 */
public record SearchResults(String query, boolean confident, boolean related, List<SearchHit> hits) {

    public SearchResults {
        hits = List.copyOf(hits);
        related = related || confident;
    }
}

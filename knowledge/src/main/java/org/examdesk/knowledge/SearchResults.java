package org.examdesk.knowledge;

import java.util.List;

/**
 * The hits for a query, best first.
 *
 * @param confident whether the first hit is judged to answer the question; when false the caller
 *     should not present it as the answer (offer a person or a case instead)
 */
public record SearchResults(String query, boolean confident, List<SearchHit> hits) {

  public SearchResults {
    hits = List.copyOf(hits);
  }
}

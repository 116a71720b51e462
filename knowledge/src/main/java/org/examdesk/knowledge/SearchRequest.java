package org.examdesk.knowledge;

/**
 * A search. A null filter means "no filter"; a filter value that no article carries gives no hits.
 *
 * @param limit the most hits wanted, at least 1
 */
public record SearchRequest(String query, String role, String qualification, String subject, String topic, int limit) {

    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, null, null, null, null, limit);
    }
}

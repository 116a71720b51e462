package org.examdesk.knowledge;

import java.time.LocalDate;

/**
 * One article found by a search.
 *
 * @param snippet HTML: matched words wrapped in {@code <mark>..</mark>}, all other text escaped
 */
public record SearchHit(String id, String title, String summary, String snippet, double score, LocalDate updated) {}

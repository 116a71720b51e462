package org.examdesk.knowledge;

import java.time.LocalDate;

/** A title offered while the user types, with the article's view count. */
public record Suggestion(String id, String title, LocalDate updated, long views) {}

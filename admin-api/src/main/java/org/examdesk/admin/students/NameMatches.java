package org.examdesk.admin.students;

import java.util.List;
import org.examdesk.admin.names.NameMatcher;

/**
 * The answer of a name match: the students of the best tier present, and when there are none, up to three names
 * in the caller's scope most like the query (so the bot can ask "did you mean ...?").
 */
record NameMatches(List<Item> items, List<String> closest) {
    /** A student, how it matched, and the query's words (as given, lower-cased) that it matched. */
    record Item(StudentView student, NameMatcher.Tier matched, boolean exact, List<String> words) {}
}

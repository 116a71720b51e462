package org.examdesk.admin.learners;

import java.util.List;
import org.examdesk.admin.names.NameMatcher;

/**
 * The answer of a learner name match: the learners of the best tier present, and when there are none, up to three
 * names at the caller's centre most like the query (so the bot can ask "did you mean ...?").
 */
record LearnerMatches(List<Item> items, List<String> closest) {
    /** A learner, how it matched, and the query's words (as given, lower-cased) that it matched. */
    record Item(LearnerView learner, NameMatcher.Tier matched, boolean exact, List<String> words) {}
}

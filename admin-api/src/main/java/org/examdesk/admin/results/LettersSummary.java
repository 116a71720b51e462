package org.examdesk.admin.results;

/**
 * Where a centre's letters stand for a series: candidates with access, and of them how many have current
 * credentials, stale ones (letters must be regenerated), or none yet.
 */
public record LettersSummary(
        int withAccess, int current, int stale, int missing, boolean mustRegenerate, String message) {
    static LettersSummary of(int withAccess, int current, int stale, int missing) {
        String message;
        if (withAccess == 0) {
            message = "No candidates have access.";
        } else if (stale > 0 && missing > 0) {
            message = stale + " letters are out of date and " + missing + " candidates have no letter yet: "
                    + "regenerate the letters.";
        } else if (stale > 0) {
            message = stale + " letters are out of date (the delay, contact or access changed): regenerate them.";
        } else if (missing > 0) {
            message = missing + " candidates with access have no letter yet: generate their credentials.";
        } else {
            message = "Every candidate with access has a current letter.";
        }
        return new LettersSummary(withAccess, current, stale, missing, stale > 0 || missing > 0, message);
    }
}

package org.examdesk.admin.results.associates;

import java.util.List;
import org.examdesk.admin.results.AccessMode;
import org.examdesk.admin.results.AccessView;
import org.examdesk.admin.results.ContactMode;
import org.examdesk.admin.results.LettersSummary;

/** A parent centre's associates for one series, with what it allows each and where each one's letters stand. */
record AssociatesView(
        long seriesId,
        String series,
        boolean useDefaults,
        AccessView.Contact defaultContact,
        List<Associate> associates) {

    record Associate(
            long centreId,
            String number,
            String name,
            boolean giveAccess,
            ContactMode contactMode,
            int delayDays,
            AccessMode mode,
            LettersSummary letters) {}
}

package org.examdesk.admin.results;

import java.util.List;

/** A page of the candidate list, in ascending candidate number. */
record CandidatePage(List<CandidateRow> items, int page, int pageSize, int total, AccessMode mode,
                     LettersSummary letters) {
}

package org.examdesk.admin.results.candidates;

import java.util.List;
import org.examdesk.admin.results.AccessMode;
import org.examdesk.admin.results.LettersSummary;

/** A page of the candidate list, in ascending candidate number. */
record CandidatePage(
        List<CandidateRow> items, int page, int pageSize, int total, AccessMode mode, LettersSummary letters) {}

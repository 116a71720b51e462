package org.examdesk.admin.results.candidates;

import java.time.Instant;

/** One line of the candidate list: who, whether ticked, whether they have access now, and their credentials. */
public record CandidateRow(
        long id,
        String candidateNumber,
        String forename,
        String surname,
        String uci,
        boolean selected,
        boolean hasAccess,
        String credentials,
        Instant generatedAt) {}

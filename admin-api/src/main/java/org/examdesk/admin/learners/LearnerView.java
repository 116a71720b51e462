package org.examdesk.admin.learners;

import java.time.Instant;
import java.time.LocalDate;
import org.examdesk.admin.accounts.CentreRef;

/** A learner as centre staff see it (and as the audit log records it). */
public record LearnerView(
        long id,
        String learnerRef,
        CentreRef centre,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        String gender,
        String uln,
        Instant createdAt) {

    static LearnerView of(LearnerRow row) {
        return new LearnerView(
                row.id(),
                row.learnerRef(),
                row.centre(),
                row.givenName(),
                row.familyName(),
                row.dateOfBirth(),
                row.gender(),
                row.uln() == null ? null : row.uln().trim(),
                row.createdAt());
    }
}

package org.examdesk.admin.learners;

import java.time.Instant;
import java.time.LocalDate;
import org.examdesk.admin.accounts.CentreRef;

/** A learner as stored, with its centre joined in. */
public record LearnerRow(
        long id,
        String learnerRef,
        long centreId,
        String centreNumber,
        String centreName,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        String gender,
        String uln,
        Instant createdAt) {

    public CentreRef centre() {
        return new CentreRef(centreId, centreNumber, centreName);
    }

    public String name() {
        return givenName + " " + familyName;
    }
}

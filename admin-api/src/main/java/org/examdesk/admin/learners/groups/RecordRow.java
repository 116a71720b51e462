package org.examdesk.admin.learners.groups;

import org.examdesk.admin.learners.intake.NewLearner;

/** A record of a group as stored: its cells as given, whether valid (null until checked), its reasons as JSON. */
public record RecordRow(
        int n,
        String givenName,
        String familyName,
        String dateOfBirth,
        String gender,
        String uln,
        Boolean valid,
        String reasons,
        Long learnerId,
        String learnerRef) {

    NewLearner learner() {
        return new NewLearner(givenName, familyName, dateOfBirth, gender, uln);
    }
}

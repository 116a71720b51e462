package org.examdesk.admin.learners.intake;

import java.time.LocalDate;

/**
 * A new learner's fields as read: names trimmed, the date of birth parsed, the gender as stored (FEMALE, MALE,
 * OTHER, NOT_GIVEN), the ULN (null when none). A field that could not be read is null; a draft is created only when
 * it has no problem.
 */
public record Draft(String givenName, String familyName, LocalDate dateOfBirth, String gender, String uln) {}

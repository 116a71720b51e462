package org.examdesk.admin.learners.intake;

/**
 * Why a new learner cannot be created as given: the field to fix ({@code givenName}, {@code familyName},
 * {@code dateOfBirth}, {@code gender}, {@code uln}, or null when the record as a whole is at fault), a code, and a
 * sentence for the person. Codes: {@code required}, {@code invalid}, {@code check_digit}, {@code lrs_unknown},
 * {@code lrs_mismatch}, {@code duplicate} (twice in the file or order), {@code existing_learner} (already a learner
 * at the centre), {@code extra_cells}.
 */
public record Problem(String field, String code, String message) {}

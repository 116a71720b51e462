package org.examdesk.admin.learners.intake;

/**
 * A learner to create, as given: a record of an upload or a learner typed into an order. Every field is text as
 * written ({@code dateOfBirth} in any of the usual formats, {@code gender} Female, Male, Other or blank, {@code uln}
 * blank or ten digits); null counts as blank.
 */
public record NewLearner(String givenName, String familyName, String dateOfBirth, String gender, String uln) {
    String given() {
        return clean(givenName);
    }

    String family() {
        return clean(familyName);
    }

    String dob() {
        return clean(dateOfBirth);
    }

    String genderText() {
        return clean(gender);
    }

    /** The ULN without the spaces people type inside it. */
    String ulnText() {
        return clean(uln).replace(" ", "");
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}

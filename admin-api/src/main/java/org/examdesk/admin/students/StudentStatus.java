package org.examdesk.admin.students;

/** The five states of a student results account (domain section 1), each with what it means in plain words. */
public enum StudentStatus {
    ACTIVE("The student has activated the account and can sign in."),
    NOT_ACTIVATED("The student has not activated the account yet."),
    FAILED_ACTIVATION("The account is locked after too many failed activation attempts. Usually the date of birth "
            + "entered did not match, or the welcome email went to the wrong address."),
    FORGOTTEN_PASSWORD("The account is locked after 3 wrong passwords."),
    LOCKED("The account is locked after 3 failed attempts at the forgotten-password process.");

    private final String meaning;

    StudentStatus(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}

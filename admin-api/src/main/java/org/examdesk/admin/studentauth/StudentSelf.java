package org.examdesk.admin.studentauth;

import java.util.ArrayList;
import java.util.List;
import org.examdesk.admin.students.StudentRow;
import org.examdesk.admin.students.StudentStatus;

/** A student's own account as they see it: the status in plain words and what they can do about it. */
record StudentSelf(
        long id,
        String forename,
        String surname,
        String email,
        String centre,
        StudentStatus status,
        String meaning,
        List<Step> canDo) {

    /** Something the student can do: {@code action} for machines, {@code text} for people. */
    record Step(String action, String text) {}

    static final String FAILED_ACTIVATION_TEXT = "Your account is locked after too many failed activation attempts. "
            + "Ask your exams officer to check your email address and date of birth and to reactivate the account.";
    static final String FORGOTTEN_PASSWORD_TEXT = "Your account is locked after 3 wrong passwords. Use the "
            + "forgotten-password link on the sign-in page to choose a new one.";
    static final String LOCKED_TEXT = "Your account is locked after 3 failed attempts to reset the password. Ask "
            + "your exams officer to reactivate it: you will get a new activation link by email.";

    static StudentSelf of(StudentRow s) {
        List<Step> steps = new ArrayList<>();
        String meaning =
                switch (s.status()) {
                    case ACTIVE -> {
                        steps.add(new Step(
                                "SIGN_IN", "Sign in with your email address and password to see your results."));
                        yield "Your account is active.";
                    }
                    case NOT_ACTIVATED -> {
                        steps.add(new Step(
                                "ACTIVATE",
                                "Activate the account with the code or link from your welcome email "
                                        + "and your date of birth."));
                        steps.add(new Step(
                                "RESEND_EMAIL",
                                "Ask for the welcome email again; it goes to the address your "
                                        + "centre registered."));
                        steps.add(new Step(
                                "ASK_EXAMS_OFFICER",
                                "If that address is wrong, ask your exams officer to correct it."));
                        yield "Your account is not activated yet.";
                    }
                    case FAILED_ACTIVATION -> {
                        steps.add(
                                new Step(
                                        "ASK_EXAMS_OFFICER",
                                        "Ask your exams officer to check your details and reactivate "
                                                + "the account. If your date of birth is wrong, the centre asks the exam board to correct it."));
                        yield FAILED_ACTIVATION_TEXT;
                    }
                    case FORGOTTEN_PASSWORD -> {
                        steps.add(new Step("RESET_PASSWORD", "Use the forgotten-password link on the sign-in page."));
                        yield FORGOTTEN_PASSWORD_TEXT;
                    }
                    case LOCKED -> {
                        steps.add(new Step("ASK_EXAMS_OFFICER", "Ask your exams officer to reactivate the account."));
                        yield LOCKED_TEXT;
                    }
                };
        if (!s.mockPermission() || !s.highStakesPermission()) {
            steps.add(new Step(
                    "ASK_EXAMS_OFFICER",
                    "Your centre has paused access to some of your results. Ask your "
                            + "exams officer if you think this is a mistake."));
        }
        return new StudentSelf(
                s.id(), s.forename(), s.surname(), s.email(), s.centreName(), s.status(), meaning, List.copyOf(steps));
    }
}

package org.examdesk.admin.students;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.examdesk.admin.accounts.Caller;
import org.examdesk.admin.accounts.CentreScope;
import org.examdesk.admin.students.Diagnosis.Fix;
import org.examdesk.admin.students.Diagnosis.Warning;

/**
 * The table of domain section 1 as code: for each status, what to check and what fixes it, filtered to the
 * fixes this caller is allowed to apply (the same rules the endpoints enforce).
 */
final class Diagnoser {
    static final String CHANGE_EMAIL = "CHANGE_EMAIL";
    static final String REACTIVATE = "REACTIVATE";
    static final String OPEN_CASE = "OPEN_CASE";
    static final String GRANT_PERMISSIONS = "GRANT_PERMISSIONS";

    Diagnosis diagnose(StudentRow s, Caller caller, LocalDate enteredDateOfBirth) {
        boolean administers = CentreScope.administersStudentsOf(caller, s.centreId());
        boolean grants = administers || StudentPermissions.mayChange(caller, s.centreId());
        String base = "/api/v1/students/" + s.id();
        List<String> checks = new ArrayList<>();
        List<Fix> fixes = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        switch (s.status()) {
            case ACTIVE -> {}
            case NOT_ACTIVATED -> {
                checks.add("Check that the stored email address (" + shown(s.email()) + ") is the student's.");
                add(
                        fixes,
                        administers,
                        CHANGE_EMAIL,
                        "Correct or re-enter the email address: a new welcome email "
                                + "with a fresh activation code is sent.",
                        "PUT",
                        base + "/email");
            }
            case FAILED_ACTIVATION -> {
                checks.add("Check the email address (" + shown(s.email()) + ") and the date of birth ("
                        + s.dateOfBirth() + ") with the student.");
                add(
                        fixes,
                        administers,
                        CHANGE_EMAIL,
                        "If the email address is wrong, correct it: a new welcome " + "email is sent.",
                        "PUT",
                        base + "/email");
                add(
                        fixes,
                        administers,
                        REACTIVATE,
                        "If both are right, reactivate the account: the student gets a " + "fresh email to try again.",
                        "POST",
                        base + "/reactivate");
                add(
                        fixes,
                        administers,
                        OPEN_CASE,
                        "If the date of birth is wrong, open a case with the board.",
                        "POST",
                        "/api/v1/cases");
                warnings.add(new Warning(
                        "DATE_OF_BIRTH_FROM_ENTRY",
                        "The date of birth comes from the exam entry: "
                                + "the centre cannot change it here. Only the board can fix it, so open a case."));
            }
            case FORGOTTEN_PASSWORD -> checks.add("No staff action is needed: the student uses the "
                    + "forgotten-password link on the sign-in page.");
            case LOCKED -> add(
                    fixes,
                    administers,
                    REACTIVATE,
                    "Reactivate the account: a new activation link is " + "emailed to the student.",
                    "POST",
                    base + "/reactivate");
        }
        if (enteredDateOfBirth != null && !enteredDateOfBirth.equals(s.dateOfBirth())) {
            warnings.add(new Warning(
                    "DATE_OF_BIRTH_DIFFERS_FROM_ENTRY",
                    "The account's date of birth ("
                            + s.dateOfBirth() + ") differs from the exam entry (" + enteredDateOfBirth
                            + "). Only the board "
                            + "can correct it: open a case."));
        }
        if (s.email() == null) {
            warnings.add(new Warning(
                    "NO_EMAIL",
                    "No email address is stored: the student gives one when "
                            + "activating with their verification code."));
        }
        if (!s.mockPermission() || !s.highStakesPermission()) {
            warnings.add(new Warning(
                    "RESULTS_HIDDEN",
                    "The student cannot see their " + hidden(s) + " results until access is granted again."));
            add(fixes, grants, GRANT_PERMISSIONS, "Grant results access again.", "PUT", base + "/permissions");
        }
        return new Diagnosis(s.status(), s.status().meaning(), checks, fixes, warnings);
    }

    private static void add(List<Fix> fixes, boolean allowed, String action, String text, String method, String path) {
        if (allowed) {
            fixes.add(new Fix(action, text, method, path));
        }
    }

    private static String shown(String email) {
        return email == null ? "none stored" : email;
    }

    private static String hidden(StudentRow s) {
        if (!s.mockPermission() && !s.highStakesPermission()) {
            return "mock or high-stakes";
        }
        return s.mockPermission() ? "high-stakes" : "mock";
    }
}

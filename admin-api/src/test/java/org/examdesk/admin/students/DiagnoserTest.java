package org.examdesk.admin.students;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.examdesk.admin.accounts.Caller;
import org.examdesk.admin.accounts.CentreRef;
import org.examdesk.admin.accounts.Role;
import org.examdesk.admin.students.Diagnosis.Fix;
import org.examdesk.admin.students.Diagnosis.Warning;
import org.junit.jupiter.api.Test;

class DiagnoserTest {
    private static final long CENTRE = 7;
    private static final LocalDate DOB = LocalDate.of(2009, 3, 14);
    private static final String BASE = "/api/v1/students/42";

    private final Diagnoser diagnoser = new Diagnoser();

    private static StudentRow student(StudentStatus status, String email, boolean mock, boolean highStakes) {
        return new StudentRow(
                42,
                CENTRE,
                "12345",
                "Hill School",
                "Sam",
                "Lee",
                "A1234567890BC",
                email,
                DOB,
                11,
                status,
                mock,
                highStakes,
                0,
                0,
                0,
                null,
                Instant.parse("2026-01-05T10:00:00Z"),
                "officer");
    }

    private static StudentRow student(StudentStatus status) {
        return student(status, "sam@school.example", true, true);
    }

    private static Caller staff(Role role, long centreId) {
        return new Caller(
                Caller.Kind.STAFF, 1, "Staff", Set.of(role), new CentreRef(centreId, "12345", "Hill School"), "web");
    }

    private static final Caller OFFICER = staff(Role.EXAMS_OFFICER, CENTRE);
    private static final Caller OFFICER_ELSEWHERE = staff(Role.EXAMS_OFFICER, 8);
    private static final Caller TEACHER = staff(Role.TEACHER, CENTRE);
    private static final Caller BOARD =
            new Caller(Caller.Kind.STAFF, 2, "Board", Set.of(Role.BOARD_ADMIN), null, "web");

    @Test
    void an_active_account_needs_nothing() {
        Diagnosis d = diagnoser.diagnose(student(StudentStatus.ACTIVE), OFFICER, null);
        assertThat(d.status()).isEqualTo(StudentStatus.ACTIVE);
        assertThat(d.meaning()).isEqualTo(StudentStatus.ACTIVE.meaning());
        assertThat(d.checks()).isEmpty();
        assertThat(d.fixes()).isEmpty();
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void a_not_activated_account_is_fixed_by_correcting_the_email() {
        Diagnosis d = diagnoser.diagnose(student(StudentStatus.NOT_ACTIVATED), OFFICER, null);
        assertThat(d.checks())
                .containsExactly("Check that the stored email address (sam@school.example) is the " + "student's.");
        assertThat(d.fixes())
                .containsExactly(new Fix(
                        Diagnoser.CHANGE_EMAIL,
                        "Correct or re-enter the email address: "
                                + "a new welcome email with a fresh activation code is sent.",
                        "PUT",
                        BASE + "/email"));
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void a_not_activated_account_without_an_email_says_none_is_stored_and_warns() {
        Diagnosis d = diagnoser.diagnose(student(StudentStatus.NOT_ACTIVATED, null, true, true), OFFICER, null);
        assertThat(d.checks()).containsExactly("Check that the stored email address (none stored) is the student's.");
        assertThat(d.warnings())
                .containsExactly(new Warning(
                        "NO_EMAIL",
                        "No email address is stored: the student "
                                + "gives one when activating with their verification code."));
    }

    @Test
    void a_failed_activation_offers_the_three_fixes_and_warns_that_the_date_of_birth_is_the_boards() {
        Diagnosis d = diagnoser.diagnose(student(StudentStatus.FAILED_ACTIVATION), OFFICER, null);
        assertThat(d.checks())
                .containsExactly("Check the email address (sam@school.example) and the date of birth "
                        + "(2009-03-14) with the student.");
        assertThat(d.fixes())
                .extracting(Fix::action)
                .containsExactly(Diagnoser.CHANGE_EMAIL, Diagnoser.REACTIVATE, Diagnoser.OPEN_CASE);
        assertThat(d.fixes())
                .extracting(Fix::method, Fix::path)
                .containsExactly(
                        tuple("PUT", BASE + "/email"),
                        tuple("POST", BASE + "/reactivate"),
                        tuple("POST", "/api/v1/cases"));
        assertThat(d.warnings()).extracting(Warning::code).containsExactly("DATE_OF_BIRTH_FROM_ENTRY");
    }

    @Test
    void a_forgotten_password_needs_no_staff_action() {
        Diagnosis d = diagnoser.diagnose(student(StudentStatus.FORGOTTEN_PASSWORD), OFFICER, null);
        assertThat(d.checks())
                .containsExactly("No staff action is needed: the student uses the forgotten-password "
                        + "link on the sign-in page.");
        assertThat(d.fixes()).isEmpty();
    }

    @Test
    void a_locked_account_is_reactivated() {
        Diagnosis d = diagnoser.diagnose(student(StudentStatus.LOCKED), OFFICER, null);
        assertThat(d.checks()).isEmpty();
        assertThat(d.fixes())
                .containsExactly(new Fix(
                        Diagnoser.REACTIVATE,
                        "Reactivate the account: a new activation " + "link is emailed to the student.",
                        "POST",
                        BASE + "/reactivate"));
    }

    @Test
    void only_a_student_administrator_of_the_students_centre_is_offered_the_account_fixes() {
        StudentRow failed = student(StudentStatus.FAILED_ACTIVATION);
        assertThat(diagnoser
                        .diagnose(failed, staff(Role.EXAMS_MANAGER, CENTRE), null)
                        .fixes())
                .hasSize(3);
        assertThat(diagnoser
                        .diagnose(failed, staff(Role.EXAMS_ASSISTANT, CENTRE), null)
                        .fixes())
                .hasSize(3);
        assertThat(diagnoser.diagnose(failed, OFFICER_ELSEWHERE, null).fixes()).isEmpty();
        assertThat(diagnoser.diagnose(failed, TEACHER, null).fixes()).isEmpty();
        assertThat(diagnoser.diagnose(failed, BOARD, null).fixes()).isEmpty();
        // the checks and warnings do not depend on who asks
        assertThat(diagnoser.diagnose(failed, TEACHER, null).checks()).hasSize(1);
        assertThat(diagnoser.diagnose(failed, TEACHER, null).warnings()).hasSize(1);
    }

    @Test
    void a_date_of_birth_differing_from_the_entry_is_a_warning_and_an_equal_one_is_not() {
        StudentRow active = student(StudentStatus.ACTIVE);
        assertThat(diagnoser.diagnose(active, OFFICER, DOB).warnings()).isEmpty();
        assertThat(diagnoser.diagnose(active, OFFICER, DOB.plusDays(1)).warnings())
                .containsExactly(new Warning(
                        "DATE_OF_BIRTH_DIFFERS_FROM_ENTRY",
                        "The account's date of birth (2009-03-14) differs from the exam "
                                + "entry (2009-03-15). Only the board can correct it: open a case."));
    }

    @Test
    void a_hidden_permission_names_which_results_are_hidden_and_offers_to_grant_access_again() {
        Fix grant = new Fix(Diagnoser.GRANT_PERMISSIONS, "Grant results access again.", "PUT", BASE + "/permissions");
        Diagnosis noMock =
                diagnoser.diagnose(student(StudentStatus.ACTIVE, "s@school.example", false, true), OFFICER, null);
        assertThat(noMock.warnings())
                .containsExactly(new Warning(
                        "RESULTS_HIDDEN",
                        "The student cannot see their mock " + "results until access is granted again."));
        assertThat(noMock.fixes()).containsExactly(grant);
        Diagnosis noHigh =
                diagnoser.diagnose(student(StudentStatus.ACTIVE, "s@school.example", true, false), OFFICER, null);
        assertThat(noHigh.warnings())
                .extracting(Warning::text)
                .containsExactly("The student cannot see their high-stakes results until access is granted again.");
        Diagnosis neither =
                diagnoser.diagnose(student(StudentStatus.ACTIVE, "s@school.example", false, false), OFFICER, null);
        assertThat(neither.warnings())
                .extracting(Warning::text)
                .containsExactly(
                        "The student cannot see their mock or high-stakes results until access is granted " + "again.");
    }

    @Test
    void a_board_administrator_may_grant_access_again_but_other_staff_may_not() {
        StudentRow hidden = student(StudentStatus.ACTIVE, "s@school.example", false, true);
        assertThat(diagnoser.diagnose(hidden, BOARD, null).fixes())
                .extracting(Fix::action)
                .containsExactly(Diagnoser.GRANT_PERMISSIONS);
        assertThat(diagnoser.diagnose(hidden, TEACHER, null).fixes()).isEmpty();
        assertThat(diagnoser.diagnose(hidden, OFFICER_ELSEWHERE, null).fixes()).isEmpty();
        assertThat(diagnoser.diagnose(hidden, TEACHER, null).warnings())
                .extracting(Warning::code)
                .containsExactly("RESULTS_HIDDEN");
    }

    @Test
    void warnings_come_in_a_fixed_order() {
        StudentRow everything = student(StudentStatus.FAILED_ACTIVATION, null, false, false);
        assertThat(diagnoser.diagnose(everything, OFFICER, DOB.minusYears(1)).warnings())
                .extracting(Warning::code)
                .containsExactly(
                        "DATE_OF_BIRTH_FROM_ENTRY", "DATE_OF_BIRTH_DIFFERS_FROM_ENTRY", "NO_EMAIL", "RESULTS_HIDDEN");
        assertThat(diagnoser.diagnose(everything, OFFICER, null).fixes())
                .extracting(Fix::action)
                .containsExactly(
                        Diagnoser.CHANGE_EMAIL, Diagnoser.REACTIVATE, Diagnoser.OPEN_CASE, Diagnoser.GRANT_PERMISSIONS);
    }
}

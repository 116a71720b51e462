package org.examdesk.bot.flows.students;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.examdesk.admin.client.StudentModels.Student;

/**
 * What the account flow has gathered, kept between turns: what the staff member wants and asked, the students
 * offered to choose from, the student chosen (as on file when chosen), and the change being confirmed.
 */
record AccountState(
        Goal goal,
        String permission,
        String request,
        List<Offered> offered,
        Long studentId,
        String studentName,
        String email,
        String uci,
        LocalDate dob,
        String newEmail,
        boolean mock,
        boolean highStakes,
        String reason,
        Change confirming) {

    /** A student offered in a choice list, with the label shown. */
    record Offered(long id, String label) {}

    /** The steps of the account flow. */
    enum Step {
        WHO,
        CHECK_EMAIL,
        CHECK_FAILED,
        CORRECT_DOB,
        ASK_EMAIL,
        ASK_REASON,
        CONFIRM
    }

    /** A change the staff member confirms; {@link #key()} names it in its button and its idempotency key. */
    enum Change {
        REACTIVATE,
        EMAIL,
        REMOVE,
        GRANT;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Change> ofKey(String key) {
            return Arrays.stream(values()).filter(c -> c.key().equals(key)).findFirst();
        }
    }

    AccountState {
        offered = offered == null ? List.of() : List.copyOf(offered);
    }

    static AccountState start(Goal goal, String permission, String request) {
        return new AccountState(
                goal, permission, request, List.of(), null, null, null, null, null, null, false, false, null, null);
    }

    AccountState offering(List<Offered> students) {
        return new AccountState(
                goal,
                permission,
                request,
                students,
                studentId,
                studentName,
                email,
                uci,
                dob,
                newEmail,
                mock,
                highStakes,
                reason,
                confirming);
    }

    /** The student chosen, as on file now; the students offered are forgotten. */
    AccountState about(Student s, String name) {
        return new AccountState(
                goal,
                permission,
                request,
                List.of(),
                s.id(),
                name,
                s.email(),
                s.uci(),
                s.dateOfBirth(),
                newEmail,
                s.permissions().mock(),
                s.permissions().highStakes(),
                reason,
                confirming);
    }

    AccountState withNewEmail(String address) {
        return new AccountState(
                goal,
                permission,
                request,
                offered,
                studentId,
                studentName,
                email,
                uci,
                dob,
                address,
                mock,
                highStakes,
                reason,
                confirming);
    }

    AccountState withReason(String why) {
        return new AccountState(
                goal,
                permission,
                request,
                offered,
                studentId,
                studentName,
                email,
                uci,
                dob,
                newEmail,
                mock,
                highStakes,
                why,
                confirming);
    }

    AccountState confirming(Change change) {
        return new AccountState(
                goal,
                permission,
                request,
                offered,
                studentId,
                studentName,
                email,
                uci,
                dob,
                newEmail,
                mock,
                highStakes,
                reason,
                change);
    }
}

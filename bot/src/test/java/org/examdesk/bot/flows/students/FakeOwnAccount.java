package org.examdesk.bot.flows.students;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.StudentModels.StudentSelf;
import org.examdesk.admin.client.StudentModels.StudentSession;

/**
 * One student's own account in memory for the own-account flow's unit tests: the identity check passes only for
 * her email, date of birth and UCI, as the admin API's does; what was asked is recorded.
 */
final class FakeOwnAccount implements OwnAccount {
    static final String EMAIL = "zoe.l@students.example";
    static final LocalDate BORN = LocalDate.of(2010, 3, 14);
    static final String UCI = "401232600007X";

    final List<String> calls = new ArrayList<>();
    String status = "NOT_ACTIVATED";

    @Override
    public StudentSession identityCheck(String email, LocalDate dateOfBirth, String uci) {
        calls.add("check " + email + " " + dateOfBirth + " " + uci);
        if (!EMAIL.equals(email) || !BORN.equals(dateOfBirth) || !UCI.equals(uci)) {
            throw new AdminApiException(401, "unauthorized", "The details do not match.", List.of());
        }
        return new StudentSession("student-session", me());
    }

    @Override
    public StudentSelf me() {
        return new StudentSelf(
                7,
                "Zoë",
                "Łukasiewicz",
                EMAIL,
                "Riverside Academy",
                status,
                "The account is waiting " + "for its activation.",
                List.of());
    }

    @Override
    public void resendEmail() {
        calls.add("resend");
    }
}

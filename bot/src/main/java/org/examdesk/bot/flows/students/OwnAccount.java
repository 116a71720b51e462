package org.examdesk.bot.flows.students;

import java.time.LocalDate;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.StudentAuthClient;
import org.examdesk.admin.client.StudentModels.StudentSelf;
import org.examdesk.admin.client.StudentModels.StudentSession;

/**
 * What the student's own-account flow needs of the admin API, as one small interface: so the flow can be tested
 * against a fake, without a server. {@link #over} is the real one, the admin API called as {@code caller}.
 */
public interface OwnAccount {
    /** The identity check (email, date of birth, UCI): a session for the student whose account it proves. */
    StudentSession identityCheck(String email, LocalDate dateOfBirth, String uci);

    /** The account of the student the caller is. */
    StudentSelf me();

    /** Sends the welcome email again, to the address on file. */
    void resendEmail();

    static OwnAccount over(AdminClient.Caller caller) {
        StudentAuthClient client = new StudentAuthClient(caller);
        return new OwnAccount() {
            @Override
            public StudentSession identityCheck(String email, LocalDate dateOfBirth, String uci) {
                return client.identityCheck(email, dateOfBirth == null ? "" : dateOfBirth.toString(), uci);
            }

            @Override
            public StudentSelf me() {
                return client.me();
            }

            @Override
            public void resendEmail() {
                client.resendEmail(null);
            }
        };
    }
}

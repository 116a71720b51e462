package org.examdesk.bot.flows.students;

import java.util.Map;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.StudentModels.Changed;
import org.examdesk.admin.client.StudentModels.NameMatches;
import org.examdesk.admin.client.StudentModels.StudentDetail;
import org.examdesk.admin.client.StudentModels.StudentPage;
import org.examdesk.admin.client.StudentsClient;

/**
 * What the student flows need of the students' results accounts, as one small interface: so a flow can be tested
 * against a fake, without a server. {@link #over} is the real one, the admin API called as a person.
 */
public interface StudentAccounts {
    StudentPage search(Map<String, String> filters);

    NameMatches match(String words);

    StudentDetail get(long id);

    Changed reactivate(long id);

    Changed changeEmail(long id, String email);

    Changed setPermissions(long id, boolean mock, boolean highStakes, String reason);

    /** The accounts as the admin API serves them to {@code caller} (its idempotency key, if any, goes with each change). */
    static StudentAccounts over(AdminClient.Caller caller) {
        StudentsClient client = new StudentsClient(caller);
        return new StudentAccounts() {
            @Override
            public StudentPage search(Map<String, String> filters) {
                return client.search(filters);
            }

            @Override
            public NameMatches match(String words) {
                return client.match(words);
            }

            @Override
            public StudentDetail get(long id) {
                return client.get(id);
            }

            @Override
            public Changed reactivate(long id) {
                return client.reactivate(id, null);
            }

            @Override
            public Changed changeEmail(long id, String email) {
                return client.changeEmail(id, email, null);
            }

            @Override
            public Changed setPermissions(long id, boolean mock, boolean highStakes, String reason) {
                return client.setPermissions(id, mock, highStakes, reason, null);
            }
        };
    }
}

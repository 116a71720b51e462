package org.examdesk.bot.flows.learners;

import java.util.List;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.LearnerModels.GroupChange;
import org.examdesk.admin.client.LearnerModels.GroupRecord;
import org.examdesk.admin.client.LearnerModels.GroupSubmitted;
import org.examdesk.admin.client.LearnerModels.LearnerGroup;
import org.examdesk.admin.client.LearnerModels.RecordChange;
import org.examdesk.admin.client.LearnersClient;

/**
 * What the learner-group conversation needs of the admin API's learner groups, for the caller's centre, as one small
 * interface, so that the flow can be tested against a fake. {@link #over} is the real one: the admin API called as
 * the person, which answers 403 to anyone but centre administrators and assessors and says in a sentence (422, 409)
 * why a change is refused.
 */
public interface CentreGroups {
    /** How many invalid records the conversation shows at most; the rest are counted. */
    int SHOWN = 20;

    /** The centre's learner groups, newest first. */
    List<LearnerGroup> groups();

    LearnerGroup group(long id);

    /** The group's invalid records with their reasons, in row order (at most {@link #SHOWN}). */
    List<GroupRecord> invalidRecords(long id);

    /** Sets one field ({@code givenName}, {@code familyName}, {@code dateOfBirth}, {@code gender}, {@code uln}). */
    GroupChange amend(long id, int row, String field, String value);

    GroupChange remove(long id, int row);

    /** Creates the group's learners, all or nothing; 409 while invalid records remain. */
    GroupSubmitted submit(long id);

    /** Uploads a file (CSV or .xlsx, the template's columns) as a new group named {@code name}, to be validated. */
    LearnerGroup upload(String name, String fileName, byte[] content);

    /** Learner groups as the admin API serves them to {@code caller} (its idempotency key goes with each change). */
    static CentreGroups over(AdminClient.Caller caller) {
        LearnersClient client = new LearnersClient(caller);
        return new CentreGroups() {
            @Override
            public List<LearnerGroup> groups() {
                return client.groups(null, 1, 50).items();
            }

            @Override
            public LearnerGroup group(long id) {
                return client.group(id);
            }

            @Override
            public List<GroupRecord> invalidRecords(long id) {
                return client.groupRecords(id, false, 1, SHOWN).items();
            }

            @Override
            public GroupChange amend(long id, int row, String field, String value) {
                return client.amendGroupRecord(id, row, RecordChange.of(field, value), null);
            }

            @Override
            public GroupChange remove(long id, int row) {
                return client.removeGroupRecord(id, row, null);
            }

            @Override
            public GroupSubmitted submit(long id) {
                return client.submitGroup(id, null);
            }

            @Override
            public LearnerGroup upload(String name, String fileName, byte[] content) {
                return client.uploadGroup(name, fileName, content, null);
            }
        };
    }
}

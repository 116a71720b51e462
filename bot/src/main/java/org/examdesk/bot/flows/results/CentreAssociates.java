package org.examdesk.bot.flows.results;

import java.util.List;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.ResultsAccessClient;
import org.examdesk.admin.client.ResultsModels.Access;
import org.examdesk.admin.client.ResultsModels.AccessUpdate;
import org.examdesk.admin.client.ResultsModels.AssociateSetting;
import org.examdesk.admin.client.ResultsModels.Associates;
import org.examdesk.admin.client.ResultsModels.Contact;
import org.examdesk.admin.client.ResultsModels.Job;
import org.examdesk.admin.client.ResultsModels.Series;

/**
 * What the associates flow needs of the admin API: a parent centre's associates for a series, "use defaults" or
 * centre by centre, and acting for one associate (switching its candidates' access on, its letters). {@link #over}
 * is the real one, the admin API called as {@code caller}; a flow test passes a fake.
 */
public interface CentreAssociates {
    List<Series> series();

    /** The caller's own centre's settings for the series (its contact and delay are the associates' defaults). */
    Access access(long seriesId);

    Associates associates(long seriesId);

    /** "Use defaults": one setting for every associate. */
    Associates useDefaults(long seriesId, AssociateSetting defaults);

    /** Centre by centre: each associate listed gets its own setting. */
    Associates update(long seriesId, List<AssociateSetting> settings);

    /**
     * Acting for associate {@code centreId}: online results for ALL its candidates, the centre agreeing to handle their
     * queries with {@code contact}; confirming starts the letters of those who need one ({@code lettersJob}).
     */
    Access switchOn(long seriesId, long centreId, Contact contact);

    /** Acting for associate {@code centreId}: starts (or joins) the job making the letters of those who need one. */
    Job letters(long seriesId, long centreId);

    Job job(long seriesId, long centreId, long jobId);

    static CentreAssociates over(AdminClient.Caller caller) {
        ResultsAccessClient client = new ResultsAccessClient(caller);
        return new CentreAssociates() {
            @Override
            public List<Series> series() {
                return client.series(null).items();
            }

            @Override
            public Access access(long seriesId) {
                return client.access(seriesId, null);
            }

            @Override
            public Associates associates(long seriesId) {
                return client.associates(seriesId);
            }

            @Override
            public Associates useDefaults(long seriesId, AssociateSetting defaults) {
                return client.useDefaults(seriesId, defaults);
            }

            @Override
            public Associates update(long seriesId, List<AssociateSetting> settings) {
                return client.updateAssociates(seriesId, settings);
            }

            @Override
            public Access switchOn(long seriesId, long centreId, Contact contact) {
                return client.updateAccess(seriesId, centreId, new AccessUpdate("ALL", true, contact, 0));
            }

            @Override
            public Job letters(long seriesId, long centreId) {
                return client.generate(seriesId, centreId, null);
            }

            @Override
            public Job job(long seriesId, long centreId, long jobId) {
                return client.job(seriesId, centreId, jobId);
            }
        };
    }
}

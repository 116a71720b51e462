package org.examdesk.bot.flows.results;

import java.util.List;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.ResultsAccessClient;
import org.examdesk.admin.client.ResultsModels.Access;
import org.examdesk.admin.client.ResultsModels.AccessUpdate;
import org.examdesk.admin.client.ResultsModels.Candidate;
import org.examdesk.admin.client.ResultsModels.Job;
import org.examdesk.admin.client.ResultsModels.Letters;
import org.examdesk.admin.client.ResultsModels.Series;

/**
 * What the results flows need of the admin API's online results access, for the caller's own centre, as one small
 * interface: so a flow can be tested against a fake, without a server. {@link #over} is the real one, the admin
 * API called as {@code caller}.
 */
public interface ResultsAccess {
    /** The exam series, with the centre's entries in each and whether credentials can be made yet. */
    List<Series> series();

    /** The first page of a series' candidates that {@code query} (a name, number or UCI) matches. */
    List<Candidate> candidates(long seriesId, String query);

    Access access(long seriesId);

    /**
     * Changes the settings; confirming ALL or SELECTED starts the letters of those who need one, the answer's
     * {@code lettersJob} (null when nobody does).
     */
    Access updateAccess(long seriesId, AccessUpdate update);

    /**
     * Ticks ({@code give}) and unticks ({@code remove}) candidates in SELECTED mode; an unticked candidate's sign-in
     * stops at once.
     */
    Letters changeCandidates(long seriesId, List<Long> give, List<Long> remove);

    /** Starts (or joins the running) job that makes the login letters of those without a current one. */
    Job generateLetters(long seriesId);

    /** Starts (or joins the running) job that gives everyone with access a new password and letter. */
    Job generateAllLetters(long seriesId);

    Job job(long seriesId, long jobId);

    static ResultsAccess over(AdminClient.Caller caller) {
        ResultsAccessClient client = new ResultsAccessClient(caller);
        return new ResultsAccess() {
            @Override
            public List<Series> series() {
                return client.series(null).items();
            }

            @Override
            public List<Candidate> candidates(long seriesId, String query) {
                return client.candidates(seriesId, null, query, 1).items();
            }

            @Override
            public Access access(long seriesId) {
                return client.access(seriesId, null);
            }

            @Override
            public Access updateAccess(long seriesId, AccessUpdate update) {
                return client.updateAccess(seriesId, null, update);
            }

            @Override
            public Letters changeCandidates(long seriesId, List<Long> give, List<Long> remove) {
                return client.changeCandidates(seriesId, null, give, remove);
            }

            @Override
            public Job generateLetters(long seriesId) {
                return client.generate(seriesId, null, null);
            }

            @Override
            public Job generateAllLetters(long seriesId) {
                return client.generate(seriesId, null, "ALL");
            }

            @Override
            public Job job(long seriesId, long jobId) {
                return client.job(seriesId, null, jobId);
            }
        };
    }
}

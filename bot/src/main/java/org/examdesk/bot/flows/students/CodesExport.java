package org.examdesk.bot.flows.students;

import java.util.List;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.ResultsAccessClient;
import org.examdesk.admin.client.ResultsModels.Series;
import org.examdesk.admin.client.StudentImportsClient;

/**
 * What the verification-code export needs of the admin API, for the caller's own centre: the exam series to choose
 * from, and the export itself. {@link #over} is the real one, the admin API called as {@code caller}; a flow test
 * passes a fake.
 */
public interface CodesExport {
    /** The exam series, as results access lists them. */
    List<Series> series();

    /**
     * Creates a results account for every candidate entered for the series ({@code seriesKey}, e.g. june-2026) who
     * has none and answers the CSV of their codes; {@code reissue} also gives fresh codes to exported accounts not yet
     * activated. The caller has accepted responsibility for the file.
     */
    String export(String seriesKey, boolean reissue);

    static CodesExport over(AdminClient.Caller caller) {
        return new CodesExport() {
            @Override
            public List<Series> series() {
                return new ResultsAccessClient(caller).series(null).items();
            }

            @Override
            public String export(String seriesKey, boolean reissue) {
                return new StudentImportsClient(caller).exportVerificationCodes(seriesKey, true, reissue);
            }
        };
    }
}

package org.examdesk.admin.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.examdesk.admin.client.ResultsModels.Access;
import org.examdesk.admin.client.ResultsModels.AccessUpdate;
import org.examdesk.admin.client.ResultsModels.AssociateSetting;
import org.examdesk.admin.client.ResultsModels.Associates;
import org.examdesk.admin.client.ResultsModels.CandidatePage;
import org.examdesk.admin.client.ResultsModels.Job;
import org.examdesk.admin.client.ResultsModels.Letters;
import org.examdesk.admin.client.ResultsModels.SeriesList;

/**
 * Candidate results access through the admin API, as one signed-in person. {@code centreId} null means the
 * caller's own centre; an associate's id acts for that associate (the caller's centre must be its parent).
 * Errors arrive as {@link AdminApiException} with the API's sentence.
 */
public final class ResultsAccessClient {
    private final AdminClient.Caller caller;

    public ResultsAccessClient(AdminClient.Caller caller) {
        this.caller = caller;
    }

    public SeriesList series(Long centreId) {
        return caller.send("GET", "/api/v1/series" + query(centreId, Map.of()), null, SeriesList.class);
    }

    public Access access(long seriesId, Long centreId) {
        return caller.send("GET", base(seriesId) + query(centreId, Map.of()), null, Access.class);
    }

    public Access updateAccess(long seriesId, Long centreId, AccessUpdate update) {
        return caller.send("PUT", base(seriesId) + query(centreId, Map.of()), update, Access.class);
    }

    /** One page (1-based, 50 a page) in ascending candidate number; {@code q} matches name, number or UCI. */
    public CandidatePage candidates(long seriesId, Long centreId, String q, int page) {
        Map<String, String> params = new HashMap<>();
        if (q != null && !q.isBlank()) {
            params.put("q", q);
        }
        params.put("page", String.valueOf(page));
        return caller.send("GET", base(seriesId) + "/candidates" + query(centreId, params), null, CandidatePage.class);
    }

    public Letters changeCandidates(long seriesId, Long centreId, List<Long> give, List<Long> remove) {
        return caller.send(
                "PUT",
                base(seriesId) + "/candidates" + query(centreId, Map.of()),
                Map.of("give", give == null ? List.of() : give, "remove", remove == null ? List.of() : remove),
                Letters.class);
    }

    /** Starts (or joins the running) letters job; scope PENDING (new and stale) or ALL. */
    public Job generate(long seriesId, Long centreId, String scope) {
        return caller.send(
                "POST",
                base(seriesId) + "/credentials" + query(centreId, Map.of()),
                Map.of("scope", scope == null ? "PENDING" : scope),
                Job.class);
    }

    public Job job(long seriesId, Long centreId, long jobId) {
        return caller.send("GET", base(seriesId) + "/jobs/" + jobId + query(centreId, Map.of()), null, Job.class);
    }

    public Associates associates(long seriesId) {
        return caller.send("GET", base(seriesId) + "/associates", null, Associates.class);
    }

    /** "Use defaults": one setting applied to every associate. */
    public Associates useDefaults(long seriesId, AssociateSetting defaults) {
        return caller.send(
                "PUT",
                base(seriesId) + "/associates",
                Map.of("useDefaults", true, "defaults", defaults),
                Associates.class);
    }

    /** Centre by centre: only the associates listed change. */
    public Associates updateAssociates(long seriesId, List<AssociateSetting> settings) {
        return caller.send(
                "PUT",
                base(seriesId) + "/associates",
                Map.of("useDefaults", false, "associates", settings),
                Associates.class);
    }

    /** Where the latest letters are (a link for the person; downloading needs their bearer token). */
    public String lettersPath(long seriesId, Long centreId, String kind) {
        return base(seriesId) + "/letters." + kind + query(centreId, Map.of());
    }

    private static String base(long seriesId) {
        return "/api/v1/results-access/" + seriesId;
    }

    private static String query(Long centreId, Map<String, String> params) {
        StringBuilder q = new StringBuilder();
        Map<String, String> all = new HashMap<>(params);
        if (centreId != null) {
            all.put("centreId", String.valueOf(centreId));
        }
        all.forEach((k, v) -> q.append(q.length() == 0 ? "?" : "&")
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return q.toString();
    }
}

package org.examdesk.admin.results.letters;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.examdesk.admin.results.ResultsApi;
import org.examdesk.admin.testing.MutableClock;
import org.examdesk.admin.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The letters of a superseded job are deleted after the retention period; the latest job's are always kept. */
class LetterPurgeIT {
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));

    @RegisterExtension
    static final TestServer server = new TestServer().clock(CLOCK).sessionTtl(Duration.ofDays(800));

    @Test
    void a_replaced_jobs_letters_go_after_thirty_days_the_latest_stay_and_the_deletion_is_audited() throws Exception {
        ResultsApi hillside = ResultsApi.officerOf(server, "hillside");
        long june26 = hillside.seriesId("June 2026");
        JsonNode first = hillside.confirm(june26, "", ResultsApi.access("ALL", 0, "Daniel Hughes"));
        CLOCK.advance(Duration.ofDays(1));
        JsonNode second = hillside.generate(june26, "", Map.of("scope", "ALL"));
        LetterPurge purge = server.api().letterPurge();

        CLOCK.advance(Duration.ofDays(29));
        int tooEarly = purge.runOnce();
        CLOCK.advance(Duration.ofDays(2));
        int due = purge.runOnce();
        CLOCK.advance(Duration.ofDays(365));
        int latestKept = purge.runOnce();

        assertThat(tooEarly).as("29 days after the first job finished").isZero();
        assertThat(due).isEqualTo(1);
        assertThat(latestKept).as("the latest job is kept whatever its age").isZero();
        assertThat(hillside.download(first.get("pdf").asText()).statusCode()).isEqualTo(404);
        assertThat(new String(hillside.download(first.get("zip").asText()).body()))
                .contains("a later job replaced its letters");
        assertThat(hillside.download(second.get("pdf").asText()).statusCode()).isEqualTo(200);
        int audited = server.jdbi().withHandle(h -> h.createQuery(
                        "select count(*) from audit_log where action = 'results_letters.purged' and target_id = :job")
                .bind("job", first.get("id").asText())
                .mapTo(Integer.class)
                .one());
        assertThat(audited).isEqualTo(1);
    }
}

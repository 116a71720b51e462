package org.examdesk.admin.results.letters;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(JobRow.class)
interface JobDao {
    String COLUMNS = "id, centre_id, series_id, state, scope, done, total, message, started_at, finished_at";

    /** Empty when a job for this centre and series is already running (the partial unique index says so). */
    @SqlQuery(
            """
            insert into results_jobs (centre_id, series_id, state, scope, total, requested_by, started_at, heartbeat_at)
            values (:centre, :series, 'RUNNING', :scope, :total, :by, :now, :now)
            on conflict (centre_id, series_id) where state = 'RUNNING' do nothing
            returning id""")
    Optional<Long> startRunning(
            @Bind("centre") long centreId,
            @Bind("series") long seriesId,
            @Bind("scope") String scope,
            @Bind("total") int total,
            @Bind("by") String requestedBy,
            @Bind("now") Instant now);

    @SqlQuery("select " + COLUMNS + " from results_jobs where centre_id = :centre and series_id = :series "
            + "and state = 'RUNNING'")
    Optional<JobRow> running(@Bind("centre") long centreId, @Bind("series") long seriesId);

    @SqlQuery("select " + COLUMNS + " from results_jobs where id = :id and centre_id = :centre and series_id = :series")
    Optional<JobRow> find(@Bind("id") long id, @Bind("centre") long centreId, @Bind("series") long seriesId);

    /** A job whose node stopped (no heartbeat for a while) no longer blocks a new one. */
    @SqlUpdate(
            """
            update results_jobs set state = 'FAILED', finished_at = :now,
                   message = 'The job stopped without finishing (the server restarted). Start it again.'
             where centre_id = :centre and series_id = :series and state = 'RUNNING' and heartbeat_at < :cutoff""")
    int abandon(
            @Bind("centre") long centreId,
            @Bind("series") long seriesId,
            @Bind("cutoff") Instant cutoff,
            @Bind("now") Instant now);

    @SqlUpdate("update results_jobs set done = :done, heartbeat_at = :now where id = :id")
    void progress(@Bind("id") long id, @Bind("done") int done, @Bind("now") Instant now);

    @SqlUpdate(
            """
            update results_jobs set state = :state, done = :done, message = :message, finished_at = :now,
                   heartbeat_at = :now
             where id = :id and state = 'RUNNING'""")
    int finish(
            @Bind("id") long id,
            @Bind("state") String state,
            @Bind("done") int done,
            @Bind("message") String message,
            @Bind("now") Instant now);
}

package org.examdesk.admin.results.letters;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.SingleValue;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The letter files of finished jobs and their 1 MiB chunks. */
interface LetterFileDao {
    @SqlUpdate("insert into results_files (job_id, kind, bytes) values (:job, :kind, :bytes)")
    @GetGeneratedKeys("id")
    long insertFile(@Bind("job") long jobId, @Bind("kind") String kind, @Bind("bytes") long bytes);

    @SqlUpdate("insert into results_file_chunks (file_id, seq, data) values (:file, :seq, :data)")
    void insertChunk(@Bind("file") long fileId, @Bind("seq") int seq, @Bind("data") byte[] data);

    /** The file of the given job, or of the latest finished job when {@code jobId} is null. */
    @SqlQuery(
            """
            select f.id, f.job_id, f.bytes from results_files f join results_jobs j on j.id = f.job_id
             where j.centre_id = :centre and j.series_id = :series and f.kind = :kind and j.state = 'DONE'
               and (cast(:job as bigint) is null or j.id = :job)
             order by j.id desc limit 1""")
    @RegisterConstructorMapper(LetterFiles.StoredFile.class)
    Optional<LetterFiles.StoredFile> find(
            @Bind("centre") long centreId,
            @Bind("series") long seriesId,
            @Bind("kind") String kind,
            @Bind("job") Long jobId);

    /** A file of a finished job that a later finished job of the same centre and series has replaced. */
    record Superseded(long fileId, long jobId, long bytes) {}

    /** The files of superseded jobs that finished before {@code before}; the latest job of each series is not among them. */
    @SqlQuery(
            """
            select f.id as file_id, f.job_id, f.bytes from results_files f join results_jobs j on j.id = f.job_id
             where j.state = 'DONE' and j.finished_at < :before
               and exists (select 1 from results_jobs later
                            where later.centre_id = j.centre_id and later.series_id = j.series_id
                              and later.state = 'DONE' and later.id > j.id)
             order by f.id""")
    @RegisterConstructorMapper(Superseded.class)
    List<Superseded> superseded(@Bind("before") Instant before);

    /** The size of a file written while its job ran, once it is complete. */
    @SqlUpdate("update results_files set bytes = :bytes where id = :id")
    void setBytes(@Bind("id") long fileId, @Bind("bytes") long bytes);

    /** Deletes the files of one job (a failed one: what it had written so far). */
    @SqlUpdate("delete from results_files where job_id = :job")
    void deleteFilesOfJob(@Bind("job") long jobId);

    /** Deletes what failed jobs of a centre and series had written (a node stopped in the middle of one). */
    @SqlUpdate(
            """
            delete from results_files f using results_jobs j
             where j.id = f.job_id and j.state = 'FAILED' and j.centre_id = :centre and j.series_id = :series""")
    void deleteFilesOfFailedJobs(@Bind("centre") long centreId, @Bind("series") long seriesId);

    /** Deletes files (their chunks go with them). */
    @SqlUpdate("delete from results_files where id = any(:ids)")
    void deleteFiles(@Bind("ids") long[] fileIds);

    @SqlQuery("select data from results_file_chunks where file_id = :id and seq = :seq")
    @SingleValue
    byte[] chunk(@Bind("id") long fileId, @Bind("seq") int seq);
}

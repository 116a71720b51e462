package org.examdesk.admin.results;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The produced letter files, kept in PostgreSQL in 1 MiB chunks: any node can serve them, and neither storing
 * nor serving holds a whole file in memory.
 */
final class LetterFiles {
    static final int CHUNK = 1 << 20;

    /** A stored file of a finished job. */
    record StoredFile(long id, long jobId, long bytes) {
    }

    private final Jdbi jdbi;

    LetterFiles(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    static void store(Handle h, long jobId, String kind, Path file) throws IOException {
        long id = h.createUpdate("insert into results_files (job_id, kind, bytes) values (:job, :kind, :bytes)")
                .bind("job", jobId).bind("kind", kind).bind("bytes", Files.size(file))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        try (InputStream in = Files.newInputStream(file)) {
            int seq = 0;
            byte[] chunk;
            while ((chunk = in.readNBytes(CHUNK)).length > 0) {
                h.execute("insert into results_file_chunks (file_id, seq, data) values (?, ?, ?)", id, seq++, chunk);
            }
        }
    }

    /** The file of the given job, or of the latest finished job when {@code jobId} is null. */
    Optional<StoredFile> find(long centreId, long seriesId, String kind, Long jobId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select f.id, f.job_id, f.bytes from results_files f join results_jobs j on j.id = f.job_id
                         where j.centre_id = :centre and j.series_id = :series and f.kind = :kind and j.state = 'DONE'
                           and (cast(:job as bigint) is null or j.id = :job)
                         order by j.id desc limit 1""")
                .bind("centre", centreId).bind("series", seriesId).bind("kind", kind).bind("job", jobId)
                .map((rs, ctx) -> new StoredFile(rs.getLong("id"), rs.getLong("job_id"), rs.getLong("bytes")))
                .findOne());
    }

    void copy(StoredFile file, OutputStream out) {
        int chunks = (int) ((file.bytes() + CHUNK - 1) / CHUNK);
        for (int seq = 0; seq < chunks; seq++) {
            int s = seq;
            byte[] data = jdbi.withHandle(h -> h.createQuery(
                            "select data from results_file_chunks where file_id = :id and seq = :seq")
                    .bind("id", file.id()).bind("seq", s).mapTo(byte[].class).one());
            try {
                out.write(data);
            } catch (IOException e) {
                throw new UncheckedIOException("The client stopped reading the letters", e);
            }
        }
    }
}

package org.examdesk.admin.results.letters;

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
public final class LetterFiles {
    static final int CHUNK = 1 << 20;

    /** A stored file of a finished job. */
    public record StoredFile(long id, long jobId, long bytes) {}

    private final Jdbi jdbi;

    public LetterFiles(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    static void store(Handle h, long jobId, String kind, Path file) throws IOException {
        LetterFileDao dao = h.attach(LetterFileDao.class);
        long id = dao.insertFile(jobId, kind, Files.size(file));
        try (InputStream in = Files.newInputStream(file)) {
            int seq = 0;
            byte[] chunk;
            while ((chunk = in.readNBytes(CHUNK)).length > 0) {
                dao.insertChunk(id, seq++, chunk);
            }
        }
    }

    /** The file of the given job, or of the latest finished job when {@code jobId} is null. */
    Optional<StoredFile> find(long centreId, long seriesId, String kind, Long jobId) {
        return jdbi.withHandle(h -> h.attach(LetterFileDao.class).find(centreId, seriesId, kind, jobId));
    }

    void copy(StoredFile file, OutputStream out) {
        int chunks = (int) ((file.bytes() + CHUNK - 1) / CHUNK);
        for (int seq = 0; seq < chunks; seq++) {
            int s = seq;
            byte[] data = jdbi.withHandle(h -> h.attach(LetterFileDao.class).chunk(file.id(), s));
            try {
                out.write(data);
            } catch (IOException e) {
                throw new UncheckedIOException("The client stopped reading the letters", e);
            }
        }
    }
}

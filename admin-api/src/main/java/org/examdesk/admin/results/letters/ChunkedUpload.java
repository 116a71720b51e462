package org.examdesk.admin.results.letters;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Jdbi;

/**
 * A letter file written into PostgreSQL while it is made: every full 1 MiB chunk is handed to a thread of its own
 * that inserts it (each in its own short transaction), so storing overlaps the writing instead of following it and
 * the writer does not wait for the database. At most {@link #QUEUED} chunks wait, so memory stays flat. The file's
 * row belongs to a running job, which no download serves; the job's last transaction sets the file's size and
 * marks the job done, and a failed job's files are deleted ({@link LetterFileDao#deleteFilesOfJob}).
 */
final class ChunkedUpload extends OutputStream {
    static final int QUEUED = 4;
    private static final byte[] END = new byte[0];

    private final Jdbi jdbi;
    private final long fileId;
    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(QUEUED);
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Thread uploader;
    private byte[] buffer = new byte[LetterFiles.CHUNK];
    private int filled;
    private long bytes;
    private boolean closed;

    ChunkedUpload(Jdbi jdbi, long fileId) {
        this.jdbi = jdbi;
        this.fileId = fileId;
        this.uploader = new Thread(this::upload, "letters-upload-" + fileId);
        uploader.setDaemon(true);
        uploader.start();
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] data, int offset, int length) throws IOException {
        int at = offset;
        int left = length;
        while (left > 0) {
            int n = Math.min(left, buffer.length - filled);
            System.arraycopy(data, at, buffer, filled, n);
            filled += n;
            at += n;
            left -= n;
            bytes += n;
            if (filled == buffer.length) {
                hand(buffer);
                buffer = new byte[LetterFiles.CHUNK];
                filled = 0;
            }
        }
    }

    /** Hands over what is left and waits until every chunk is in; the file is complete after this. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (filled > 0) {
            hand(Arrays.copyOf(buffer, filled));
        }
        hand(END);
        try {
            uploader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while the letters were stored", e);
        }
        failIfFailed();
    }

    long bytes() {
        return bytes;
    }

    private void hand(byte[] chunk) throws IOException {
        failIfFailed();
        try {
            chunks.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while the letters were stored", e);
        }
    }

    private void failIfFailed() throws IOException {
        Throwable failed = failure.get();
        if (failed != null) {
            throw new IOException("Storing the letters failed", failed);
        }
    }

    private void upload() {
        int seq = 0;
        try {
            for (byte[] chunk = chunks.take(); chunk != END; chunk = chunks.take()) {
                if (failure.get() == null) {
                    int at = seq++;
                    byte[] data = chunk;
                    jdbi.useExtension(LetterFileDao.class, files -> files.insertChunk(fileId, at, data));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, e);
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        }
    }
}

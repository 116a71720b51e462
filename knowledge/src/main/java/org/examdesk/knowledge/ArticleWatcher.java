package org.examdesk.knowledge;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the articles folder on its own thread and re-indexes changed, added and deleted files.
 * Events arriving within {@value #SETTLE_MILLIS} ms of each other are handled together, so an
 * editor's save-by-rename is one re-index. All index writes and refreshes happen here, off the
 * query path; queries keep using the searcher they acquired until the refresh swaps it.
 */
final class ArticleWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ArticleWatcher.class);

    static final long SETTLE_MILLIS = 100;

    /** What to do with a batch of changes; {@code rescan} after the OS dropped events. */
    interface Changes {
        void changed(Set<Path> files) throws IOException;

        void rescan() throws IOException;
    }

    private final Path directory;
    private final Changes changes;
    private final WatchService service;
    private final Thread thread;
    private volatile boolean closed;

    ArticleWatcher(Path directory, Changes changes) throws IOException {
        this.directory = directory;
        this.changes = changes;
        this.service = FileSystems.getDefault().newWatchService();
        directory.register(
                service,
                StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        this.thread = new Thread(this::run, "knowledge-article-watcher");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        try {
            while (!closed) {
                WatchKey key = service.take();
                Set<Path> files = new LinkedHashSet<>();
                boolean overflow = drain(key, files);
                // Let a burst of events (write, rename, touch) settle into one batch.
                for (WatchKey more; (more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null; ) {
                    overflow |= drain(more, files);
                }
                apply(files, overflow);
            }
        } catch (ClosedWatchServiceException e) {
            // closed: stop watching
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean drain(WatchKey key, Set<Path> files) {
        boolean overflow = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                overflow = true;
            } else if (event.context() instanceof Path name && ArticleParser.isArticleFile(name)) {
                files.add(directory.resolve(name));
            }
        }
        key.reset();
        return overflow;
    }

    private void apply(Set<Path> files, boolean overflow) {
        try {
            if (overflow) {
                changes.rescan();
            } else if (!files.isEmpty()) {
                changes.changed(files);
            }
        } catch (IOException | RuntimeException e) {
            // Keep watching: the next change may well succeed, and queries still see the old index.
            log.error("Re-indexing articles after a change in {} failed", directory, e);
        }
    }

    @Override
    public void close() throws IOException {
        // No interrupt: a re-index in progress finishes (an interrupted Lucene refresh would fail);
        // closing the watch service ends the wait for the next event.
        closed = true;
        service.close();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

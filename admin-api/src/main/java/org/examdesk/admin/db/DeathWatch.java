package org.examdesk.admin.db;

import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A watcher process that outlives a killed ExamDesk for at most a second: it waits for ExamDesk's process to end,
 * then asks the embedded PostgreSQL (the process named in its {@code postmaster.pid}) to shut down fast. A clean
 * stop ends the watcher first. Where there is no POSIX shell the watcher is left out and the next start stops
 * an orphaned server instead.
 */
final class DeathWatch {
    private static final Logger log = LoggerFactory.getLogger(DeathWatch.class);
    private static final String SCRIPT = "while kill -0 \"$1\" 2>/dev/null; do sleep 1; done; "
            + "if [ -f \"$2\" ]; then kill -INT \"$(head -n 1 \"$2\")\" 2>/dev/null; fi";

    private DeathWatch() {}

    static Process start(Path dataDirectory) {
        String self = Long.toString(ProcessHandle.current().pid());
        String pidFile =
                dataDirectory.resolve("postmaster.pid").toAbsolutePath().toString();
        try {
            return new ProcessBuilder("sh", "-c", SCRIPT, "examdesk-postgres-watch", self, pidFile)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            log.info(
                    "No watcher for the embedded PostgreSQL ({}); an orphaned server is stopped at the next start",
                    e.getMessage());
            return null;
        }
    }
}

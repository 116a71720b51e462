package org.examdesk.admin.db;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that cannot be reached (stopped, restarting, the network to it down, no connection free in
 * time) from a statement that failed: the first is the server's to wait out, so a request gets a 503 and a
 * sentence rather than a 500.
 */
public final class DatabaseOutage {
    public static final String SENTENCE = "The database cannot be reached just now, so nothing was read or changed. "
            + "Try again in a minute; the help articles still work meanwhile.";

    private DatabaseOutage() {}

    /** Whether this failure, or one it was caused by, is an unreachable database. */
    public static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isOutage(sql)) {
                return true;
            }
        }
        return false;
    }

    public static boolean isOutage(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLTransientConnectionException
                || e instanceof SQLNonTransientConnectionException
                || (state != null
                        && (state.startsWith("08") // connection exception
                                || state.equals("57P01") // the server is shutting down
                                || state.equals("57P02") // crash shutdown
                                || state.equals("57P03"))); // the server is starting
    }
}

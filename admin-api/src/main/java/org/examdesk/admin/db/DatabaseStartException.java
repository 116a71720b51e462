package org.examdesk.admin.db;

/** The database could not be reached or started; the message is one sentence for the operator. */
public final class DatabaseStartException extends RuntimeException {
    public DatabaseStartException(String message) {
        super(message);
    }
}

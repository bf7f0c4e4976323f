package org.kliping.server.db;

/** PostgreSQL cannot be reached (stopped, restarting, network): the request may be tried again later. */
public final class DatabaseUnavailableException extends RuntimeException {
    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.kliping.server.db;

/** A write that lost to another one: a stale version, or two transactions at once. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}

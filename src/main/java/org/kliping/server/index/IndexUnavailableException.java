package org.kliping.server.index;

/** The search cluster did not answer or did not take a change: the follower tries again. */
public final class IndexUnavailableException extends RuntimeException {
    public IndexUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.kliping.domain;

/** Progress of a long task; the window adapts it to a Task, the CLI to stderr. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total, message) -> { };

    /** @param total -1 when unknown */
    void progress(long done, long total, String message);

    /** Polled between items; a cancelled batch stops after the item in hand, keeping what is done. */
    default boolean isCancelled() {
        return false;
    }
}

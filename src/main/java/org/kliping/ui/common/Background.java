package org.kliping.ui.common;

import java.util.function.Consumer;

/**
 * Runs service calls off the UI thread and hands their outcome back on it. View models depend on this
 * interface only, so their tests can run the work inline without a JavaFX toolkit.
 */
public interface Background {

    /** Work that may take a while; it may report progress and should stop when cancelled. */
    @FunctionalInterface
    interface Job<T> {
        T run(JobContext context) throws Exception;
    }

    /** What a running job may do besides its work. */
    interface JobContext {
        /** Runs {@code update} on the UI thread (progress counts, partial results). */
        void post(Runnable update);

        boolean isCancelled();
    }

    /** A submitted job; cancelling asks it to stop and drops its outcome. */
    interface Handle {
        void cancel();
    }

    <T> Handle submit(Job<T> job, Consumer<? super T> onDone, Consumer<? super Throwable> onFail);

    /** Runs {@code update} on the UI thread, later. */
    void later(Runnable update);
}

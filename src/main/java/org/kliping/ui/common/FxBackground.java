package org.kliping.ui.common;

import javafx.application.Platform;
import javafx.concurrent.Task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** {@link Background} for the window: each job is a {@link Task} on a small pool of daemon threads. */
public final class FxBackground implements Background, AutoCloseable {

    /** Three threads: a long import on one still leaves search and listing responsive. */
    private static final int THREADS = 3;

    private final ExecutorService executor = Executors.newFixedThreadPool(THREADS, daemonThreads());

    /** After {@link #close} (the window is closing) new work is dropped: nobody is left to see its outcome. */
    @Override
    public <T> Handle submit(Job<T> job, Consumer<? super T> onDone, Consumer<? super Throwable> onFail) {
        if (executor.isShutdown()) return () -> { };
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                Task<T> self = this;
                return job.run(new JobContext() {
                    @Override
                    public void post(Runnable update) {
                        Platform.runLater(() -> {
                            if (!self.isCancelled()) update.run();
                        });
                    }

                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }
                });
            }
        };
        task.setOnSucceeded(e -> onDone.accept(task.getValue()));
        task.setOnFailed(e -> onFail.accept(task.getException()));
        executor.execute(task);
        return () -> task.cancel(false);
    }

    @Override
    public void later(Runnable update) {
        Platform.runLater(update);
    }

    /** Waits a little for running jobs (a settings write, an import's last batch) before the JVM exits. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "kliping-background-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}

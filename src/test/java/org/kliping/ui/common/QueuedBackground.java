package org.kliping.ui.common;

import org.kliping.ui.list.*;
import org.kliping.ui.reader.*;
import org.kliping.ui.sidebar.*;
import org.kliping.ui.stories.*;
import org.kliping.ui.transfer.*;
import org.kliping.ui.shell.*;


import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * A {@link Background} for view-model tests: jobs wait in a queue until the test runs them, on the test
 * thread, so the order in which answers arrive can be chosen.
 */
public final class QueuedBackground implements Background {

    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public <T> Handle submit(Job<T> job, Consumer<? super T> onDone, Consumer<? super Throwable> onFail) {
        boolean[] cancelled = {false};
        queue.add(() -> {
            if (cancelled[0]) return;
            T value;
            try {
                value = job.run(new JobContext() {
                    @Override
                    public void post(Runnable update) {
                        update.run();
                    }

                    @Override
                    public boolean isCancelled() {
                        return cancelled[0];
                    }
                });
            } catch (Exception e) {
                onFail.accept(e);
                return;
            }
            onDone.accept(value);
        });
        return () -> cancelled[0] = true;
    }

    @Override
    public void later(Runnable update) {
        queue.add(update);
    }

    public int pending() {
        return queue.size();
    }

    /** Runs queued jobs, and the jobs they queue, until none is left. */
    public void runAll() {
        while (!queue.isEmpty()) queue.poll().run();
    }

    /** Takes the queued jobs out, to run them in an order the test picks. */
    public List<Runnable> drain() {
        List<Runnable> jobs = new ArrayList<>(queue);
        queue.clear();
        return jobs;
    }
}

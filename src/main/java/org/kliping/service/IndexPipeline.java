package org.kliping.service;

import org.kliping.domain.IndexEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Indexes an import's batches on another thread while the next batch is read and stored, in order
 * (the index's mark must move batch by batch). At most two batches wait, which bounds memory.
 */
final class IndexPipeline implements AutoCloseable {

    private final IndexSync sync;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kliping-import-indexer");
        t.setDaemon(true);
        return t;
    });
    private final Semaphore inFlight = new Semaphore(2);
    private final List<Future<?>> pending = new ArrayList<>();

    IndexPipeline(IndexSync sync) {
        this.sync = sync;
    }

    void submit(List<IndexEntry> entries, long first, long last) {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("import interrupted");
        }
        pending.add(thread.submit(() -> {
            try {
                sync.applyInserted(entries, first, last);
            } finally {
                inFlight.release();
            }
        }));
        rethrowFailures(false);
    }

    /** Waits for every batch, rethrowing the first failure. */
    void drain() {
        rethrowFailures(true);
    }

    private void rethrowFailures(boolean wait) {
        var it = pending.iterator();
        while (it.hasNext()) {
            Future<?> f = it.next();
            if (!wait && !f.isDone()) continue;
            try {
                f.get();
                it.remove();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("import interrupted");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                throw new IllegalStateException("indexing failed", e.getCause());
            }
        }
    }

    @Override
    public void close() {
        thread.shutdown();
    }
}

package org.kliping.service;

import org.kliping.domain.Annotation;
import org.kliping.domain.Article;
import org.kliping.domain.ArticleNote;
import org.kliping.domain.IndexEntry;
import org.kliping.domain.ProgressListener;
import org.kliping.search.ArticleIndex;
import org.kliping.search.IndexAccessException;
import org.kliping.store.AnnotationStore;
import org.kliping.store.ArticleStore;
import org.kliping.store.NoteStore;
import org.kliping.store.TagStore;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Keeps the index in step with the store. Every store mutation stamps a change sequence; the index
 * records the highest sequence it applied. Catching up re-applies everything above that mark, so a
 * crash at any moment costs at most some re-indexing at the next open.
 */
public final class IndexSync {
    private static final System.Logger LOG = System.getLogger(IndexSync.class.getName());


    private static final int BATCH = 500;
    /**
     * Chunks read and handed to the indexing threads beyond the one being waited for: enough work (3,000 articles,
     * about 25 MB) for one thread to go on with while the other flushes a segment, which can take over a second.
     */
    private static final int CHUNKS_AHEAD = 6;
    /** Buffered index data worth flushing on all cores before a commit (an edit's few kilobytes are not). */
    private static final long PARALLEL_FLUSH_BYTES = 8L << 20;
    private static final int WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors());

    /** Indexing threads, shared by every batch; daemon threads so they never keep the JVM alive. */
    private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS, r -> {
        Thread t = new Thread(r, "kliping-indexer");
        t.setDaemon(true);
        return t;
    });

    /**
     * Merges fragmented indexes in the background ({@link #mergeSoon}); one pending merge at a time. A merge not
     * started yet is dropped at shutdown.
     */
    private final ScheduledThreadPoolExecutor merging = newMergingExecutor();
    private ScheduledFuture<?> pendingMerge;

    private final ArticleStore articles;
    private final TagStore tags;
    private final AnnotationStore annotations;
    private final NoteStore notes;
    private final ArticleIndex index;
    /** Highest change sequence applied to the index writer (committed or not). */
    private long mark;
    private long committedMark;
    /** The parts of the batch {@link #applyInserted} handed over last and has not waited for; null when none. */
    private List<Future<?>> pendingBatch;
    /** The last change sequence of {@link #pendingBatch}. */
    private long pendingLast;

    /**
     * Articles the index could not take (the store could not give their entry, or the index refused the document),
     * by id, with the reason: skipped so that one article never stops every open, reported by the archive's
     * notices and listed by {@code check}. An article indexed later is taken off.
     */
    private final Map<Long, String> refused = new java.util.concurrent.ConcurrentHashMap<>();

    IndexSync(ArticleStore articles, TagStore tags, AnnotationStore annotations, NoteStore notes, ArticleIndex index) {
        this.articles = articles;
        this.tags = tags;
        this.annotations = annotations;
        this.notes = notes;
        this.index = index;
        this.mark = index.needsRebuild() ? 0 : index.appliedSequence();
        this.committedMark = mark;
    }

    /**
     * True when the index has applied changes the store does not have: the database was replaced by an older
     * copy (a file restored by hand). Catching up cannot undo changes, so the index must be rebuilt.
     */
    /** Changes in the store the index has not applied (a read-only index lags by these until a writer catches up). */
    public synchronized long lagBehindStore() {
        settle();
        return Math.max(0, articles.currentSequence() - mark);
    }

    public synchronized boolean indexIsAheadOfStore() {
        return mark > articles.currentSequence();
    }

    /** Applies every change above the index's mark; returns how many articles were re-indexed or removed. */
    public synchronized int catchUp(ProgressListener progress) {
        if (index.isReadOnly()) return 0; // searches the index's last commit; the writing Kliping catches up
        settle();
        long target = articles.currentSequence();
        int n = 0;
        if (mark < target) {
            List<Long> changed = articles.changedSince(mark);
            List<Long> deleted = articles.deletedSince(mark);
            for (Long id : deleted) index.delete(id);
            apply(changed, progress, "Updating the search index", index::upsert);
            mark = target;
            n = changed.size() + deleted.size();
        }
        commit();
        return n;
    }

    /** Rebuilds the index from the store. */
    public synchronized void rebuild(ProgressListener progress) {
        settle();
        long target = articles.currentSequence();
        index.deleteAll();
        apply(articles.allIds(), progress, "Rebuilding the search index", index::add);
        mark = target;
        committedMark = -1;
        commit();
    }

    /**
     * Indexes articles just inserted with the change sequences {@code first..last}. When nothing else
     * changed since the batches already applied they are added directly (no re-read); otherwise the index catches up.
     * Not committed: call {@link #commit()} at the end of the batch.
     *
     * <p>The batch is handed to the indexing threads before the one before it is waited for, so a thread flushing a
     * full buffer to a segment never leaves the other idle at a batch's end; the mark moves past a batch once all of
     * it is in the writer ({@link #settle()}, which every other method that reads the mark or writes calls first).
     */
    public synchronized void applyInserted(List<IndexEntry> entries, long first, long last) {
        long applied = pendingBatch == null ? mark : pendingLast;
        if (applied == first - 1) {
            // new rows of a store the index has fully applied: no document can hold their ids (a deleted
            // article's removal is already in the writer), so they are added without a delete by id term
            List<Future<?>> parts = submitAll(entries, index::add);
            try {
                settle();
            } catch (RuntimeException | Error e) {
                awaitAfterFailure(parts, e); // the catch-up that follows re-applies both batches from the store
                throw e;
            }
            pendingBatch = parts;
            pendingLast = last;
        } else {
            catchUp(ProgressListener.NONE);
        }
    }

    /**
     * Waits for the batch {@link #applyInserted} left to the indexing threads and moves the mark past it. On failure
     * the mark stays: the next catch-up re-applies the batch from the store (upserts replace what was added).
     */
    private void settle() {
        if (pendingBatch == null) return;
        List<Future<?>> parts = pendingBatch;
        pendingBatch = null;
        awaitAll(parts);
        mark = pendingLast;
    }

    private static void awaitAfterFailure(List<Future<?>> parts, Throwable failure) {
        try {
            awaitAll(parts);
        } catch (RuntimeException other) {
            failure.addSuppressed(other);
        }
    }

    /**
     * Merges the index into one segment when a bulk write left it fragmented ({@link ArticleIndex#isFragmented()}),
     * then commits; returns whether it merged. The merge itself runs without this object's lock, so imports,
     * edits and searches go on meanwhile; the commit after it takes the lock, and every locked method leaves the
     * writer and the mark in step, so committing at the mark is always right.
     */
    public boolean mergeIfFragmented() {
        if (index.isReadOnly()) return false;
        synchronized (this) {
            if (!index.isFragmented()) return false; // after a running rebuild or batch, not in its middle
        }
        index.mergeSegments();
        synchronized (this) {
            settle();
            index.commit(mark);
            committedMark = mark;
        }
        return true;
    }

    /**
     * Runs {@link #mergeIfFragmented()} on a background thread after {@code delay}, replacing a merge that
     * has not started yet (so a run of imports merges once). A failed merge leaves the index as it was: still
     * complete and correct, only spread over more segments; a close aborts it.
     */
    public synchronized void mergeSoon(Duration delay) {
        if (merging.isShutdown() || index.isReadOnly()) return;
        if (pendingMerge != null) pendingMerge.cancel(false);
        pendingMerge = merging.schedule(() -> {
            try {
                mergeIfFragmented();
            } catch (RuntimeException e) {
                // closed or cleared meanwhile, or the disk is full: searches work the same on more segments
                LOG.log(System.Logger.Level.WARNING, "the background merge of the search index failed; the index stays "
                        + "complete, in more segments", e);
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Drops a background merge that has not started yet: a bulk write is beginning, and merging the index it is
     * growing would be done again when it ends ({@link #mergeSoon} then schedules the one merge that counts).
     */
    public synchronized void postponeMerge() {
        if (pendingMerge != null) pendingMerge.cancel(false);
    }

    /** While a bulk import adds segments, none is merged until the merge into one at its end ({@link ArticleIndex#holdMerges}). */
    public void holdMerges() {
        index.holdMerges();
    }

    public void releaseMerges() {
        index.releaseMerges();
    }

    private static ScheduledThreadPoolExecutor newMergingExecutor() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "kliping-index-merge");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        return executor;
    }

    /** No more background merges from now on ({@link #mergeIfFragmented()} still merges when called). */
    void stopBackgroundMerges() {
        merging.shutdown();
    }

    /**
     * Stops the indexing and merging threads (the archive is closing; a running merge is aborted by the index's
     * close). They are not interrupted: a thread interrupted inside Lucene's file I/O closes the channel it was
     * using, and when that is the write lock's ({@code ensureValid} reads its size before each file written or
     * deleted), the index's close then fails with "FileLock invalidated by an external force". That happened when
     * an archive closed while the background merge after a 100k rebuild was running.
     */
    void shutdown() {
        workers.shutdown();
        merging.shutdown();
    }

    /** Makes what was applied durable and visible to searches. */
    public synchronized void commit() {
        if (index.isReadOnly()) return;
        settle();
        if (committedMark == mark) return;
        flushInParallel();
        index.commit(mark);
        committedMark = mark;
    }

    /**
     * After a bulk write, writes the indexing threads' buffers as segments on all cores at once: the commit would
     * write them one after another on its own thread (the last second of a 100k rebuild or import, one core idle).
     */
    private void flushInParallel() {
        if (index.bufferedBytes() < PARALLEL_FLUSH_BYTES) return;
        List<Future<?>> flushes = new ArrayList<>(WORKERS);
        for (int i = 0; i < WORKERS; i++) flushes.add(workers.submit(index::flushBuffer));
        awaitAll(flushes);
    }

    public synchronized long mark() {
        settle();
        return mark;
    }

    /**
     * Reads each chunk from the store while the indexing threads work on the ones before, handing them the next chunk
     * without waiting for the last to finish: when one thread flushes a full buffer to a new segment (most of a second
     * on a large archive), the other goes on with the next chunk instead of idling at the chunk's end (a profile showed
     * one core idle for each flush of a rebuild). At most {@link #CHUNKS_AHEAD} chunks wait beyond the one being finished,
     * which bounds memory. Each article is in one chunk, so the order they reach the writer in does not matter.
     */
    private void apply(List<Long> ids, ProgressListener progress, String message, Consumer<IndexEntry> write) {
        int total = ids.size();
        ArrayDeque<List<Future<?>>> inFlight = new ArrayDeque<>();
        int done = 0;
        try {
            for (int from = 0; from < total; from += BATCH) {
                inFlight.add(submitAll(entriesSkippingUnreadable(ids.subList(from, Math.min(total, from + BATCH))), write));
                if (inFlight.size() > CHUNKS_AHEAD) {
                    awaitAll(inFlight.poll());
                    done = Math.min(total, done + BATCH);
                    progress.progress(done, total, message);
                }
            }
            while (!inFlight.isEmpty()) {
                awaitAll(inFlight.poll());
                done = Math.min(total, done + BATCH);
                progress.progress(done, total, message);
            }
        } catch (RuntimeException | Error e) {
            // no part may still be writing when the caller goes on (it may clear the index or close it)
            for (List<Future<?>> chunk : inFlight) {
                try {
                    awaitAll(chunk);
                } catch (RuntimeException other) {
                    if (other != e) e.addSuppressed(other);
                }
            }
            throw e;
        }
    }

    /**
     * A few parts per thread, so that a thread done with a part of short articles takes the next part instead
     * of waiting at the end of the batch for the thread with the long ones.
     */
    private List<Future<?>> submitAll(List<IndexEntry> entries, Consumer<IndexEntry> write) {
        int parts = Math.min(WORKERS * 4, Math.max(1, entries.size() / 32));
        List<Future<?>> futures = new ArrayList<>(parts);
        int size = (entries.size() + parts - 1) / parts;
        for (int p = 0; p < parts; p++) {
            List<IndexEntry> part = entries.subList(Math.min(entries.size(), p * size), Math.min(entries.size(), (p + 1) * size));
            if (!part.isEmpty()) futures.add(workers.submit(() -> part.forEach(e -> writeOrSkip(e, write))));
        }
        return futures;
    }

    /**
     * Writes one entry; a document the index refuses (Lucene's {@code IllegalArgumentException} for one document
     * leaves the writer usable) is skipped and remembered with its reason. A failure of the index itself
     * ({@link IndexAccessException}: I/O, a closed writer) is not one article's and is thrown.
     */
    private void writeOrSkip(IndexEntry entry, Consumer<IndexEntry> write) {
        long id = entry.article().id();
        try {
            write.accept(entry);
            if (!refused.isEmpty()) refused.remove(id);
        } catch (IndexAccessException e) {
            throw e;
        } catch (RuntimeException e) {
            refused.put(id, "the search index refused it: " + e);
        }
    }

    /**
     * The entries of a chunk; when the chunk cannot be read, each article alone, skipping (and remembering) the
     * ones that cannot be read (a value written by another tool that the store cannot decode). A damaged or closed
     * database is not one article's problem and is thrown.
     */
    private List<IndexEntry> entriesSkippingUnreadable(List<Long> ids) {
        try {
            return entries(ids);
        } catch (org.kliping.domain.ArchiveUnavailableException e) {
            throw e;
        } catch (RuntimeException chunkFailed) {
            List<IndexEntry> out = new ArrayList<>(ids.size());
            for (Long id : ids) {
                try {
                    out.addAll(entries(List.of(id)));
                } catch (org.kliping.domain.ArchiveUnavailableException e) {
                    throw e;
                } catch (RuntimeException e) {
                    refused.put(id, "it cannot be read from the store: " + e);
                }
            }
            return out;
        }
    }

    /** Articles skipped by the index since this archive was opened, with the reason; empty when none. */
    public Map<Long, String> refusedArticles() {
        return new java.util.TreeMap<>(refused);
    }

    /** Waits for every part (even after a failure, so no part still writes when the caller goes on), then rethrows. */
    private static void awaitAll(List<Future<?>> futures) {
        RuntimeException failure = null;
        boolean interrupted = false;
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException("indexing failed", e.getCause());
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("indexing interrupted");
        }
        if (failure != null) throw failure;
    }

    /** Index entries for articles, built from the store in a few queries. */
    public List<IndexEntry> entries(List<Long> ids) {
        List<Article> found = articles.getAll(ids);
        Map<Long, List<String>> tagMap = tags.tagsOf(ids);
        Map<Long, List<Annotation>> annotationMap = annotations.forArticles(ids);
        Map<Long, List<ArticleNote>> noteMap = notes.forArticles(ids);
        List<IndexEntry> out = new ArrayList<>(found.size());
        for (Article a : found) {
            List<String> noteTexts = noteMap.getOrDefault(a.id(), List.of()).stream().map(ArticleNote::text).toList();
            out.add(new IndexEntry(a, tagMap.getOrDefault(a.id(), List.of()),
                    annotationMap.getOrDefault(a.id(), List.of()), noteTexts));
        }
        return out;
    }
}

package org.kliping.service;

import org.kliping.domain.ArticleDraft;
import org.kliping.ingest.ArticleReaders;
import org.kliping.ingest.ReadOutcome;
import org.kliping.ingest.Shingles;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Reads an import's files on its own thread, ahead of the thread that stores: parsing, cleaning and the
 * content hashes (duplicate key, checksum, shingles) overlap with SQLite's writes instead of waiting for
 * them (at 100k articles the storing thread was the import's critical path). Items arrive in file order;
 * at most {@link #CAPACITY} wait, and at most {@link #BUDGET_KB} of text, which bounds memory.
 *
 * <p>The reader must be able to read a whole store batch ahead: with room for 256 items, it filled the queue while a
 * batch of 2,048 was stored and indexed, then fed the storing thread one item at a time while that thread did
 * nothing else, so reading and storing mostly took turns (JFR and jstack: the indexing threads idle 40% of a
 * 100k import). With room for two batches the import's threads kept both cores busy.
 */
final class ReadAhead implements AutoCloseable {

    sealed interface Item {
    }

    /** One item of a file; {@code prepared} is set for a new article (a {@link ReadOutcome.Parsed}). */
    record Outcome(ReadOutcome outcome, Prepared prepared) implements Item {
    }

    /** Every item of this file has been handed over. */
    record FileDone(Path file) implements Item {
    }

    /** Every file has been read. */
    record End() implements Item {
    }

    private record Failed(Throwable error) implements Item {
    }

    /** A new article with the limits applied and the hashes the import needs. */
    /** @param body the draft's body, joined once ({@link ArticleDraft#body} joins its paragraphs on every call) */
    record Prepared(String location, ArticleDraft draft, String body, String contentKey, String sha256, Shingles shingles) {
    }

    private static final int CAPACITY = 4096;
    /** Text (body and original) that may wait, in KiB: about twice the text of a full store batch. */
    private static final int BUDGET_KB = 32 << 10;
    private static final long READER_STACK_BYTES = 8L << 20;
    private static final String TOO_DEEP = "too deeply nested or repetitive to read (the reader ran out of stack)";

    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final int budgetKb;
    private final Semaphore budget;
    private volatile boolean stopped;

    ReadAhead(ArticleReaders readers, List<Path> files) {
        this(readers, files, BUDGET_KB);
    }

    /** With another text budget (tests). */
    ReadAhead(ArticleReaders readers, List<Path> files, int budgetKb) {
        this.budgetKb = budgetKb;
        this.budget = new Semaphore(budgetKb);
        // a main thread's stack (8 MB on Linux), not the 1 MB of a new thread: parsing deeply nested HTML
        // recurses, and what the calling thread could read this thread must read too (fuzz-tested)
        Thread thread = new Thread(null, () -> readAll(readers, files), "kliping-import-reader", READER_STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
    }

    /** Permits of the text budget free now (tests: what is waiting). */
    int freeBudgetKb() {
        return budget.availablePermits();
    }

    /** The next item, waiting for it; rethrows what the reading thread failed with. */
    Item next() {
        Item item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("import interrupted");
        }
        budget.release(weight(item));
        if (item instanceof Failed f) {
            if (f.error() instanceof RuntimeException r) throw r;
            if (f.error() instanceof Error e) throw e;
            throw new IllegalStateException("reading failed", f.error());
        }
        return item;
    }

    /** Stops reading (the import was cancelled or failed); the thread ends at its next hand-over. */
    @Override
    public void close() {
        stopped = true;
        queue.clear();
    }

    private void readAll(ArticleReaders readers, List<Path> files) {
        try {
            for (Path file : files) {
                if (stopped) return;
                try {
                    readers.read(file, outcome -> put(new Outcome(outcome, prepare(outcome))));
                } catch (StackOverflowError e) {
                    // nested (or repeating a pattern) deeper than the readers can follow: rejected, the rest goes on
                    put(new Outcome(new ReadOutcome.Rejected(file.toString(), TOO_DEEP), null));
                }
                put(new FileDone(file));
            }
            put(new End());
        } catch (Stopped s) {
            // close() was called: nobody waits for more items
        } catch (RuntimeException | Error e) {
            queue.clear(); // the failure goes first: nothing after it is wanted (and the import never waits forever)
            budget.release(budgetKb); // what the cleared items held (next() gives back the failure's 1 too: no matter)
            queue.offer(new Failed(e));
        }
    }

    static Prepared prepare(ReadOutcome outcome) {
        if (!(outcome instanceof ReadOutcome.Parsed p)) return null;
        ArticleDraft d = MetadataLimits.apply(p.draft());
        String body = d.body();
        return new Prepared(p.location(), d, body, ContentKeys.contentKey(d.title(), body), ContentKeys.sha256(d.original()),
                Shingles.of(body));
    }

    /** An item's share of the budget: its text in KiB, at least 1, at most the whole budget. */
    private int weight(Item item) {
        if (!(item instanceof Outcome o) || o.prepared() == null) return 1;
        long chars = o.prepared().body().length() + (long) o.prepared().draft().original().length;
        return (int) Math.min(budgetKb, 1 + (chars >> 10));
    }

    private void put(Item item) {
        try {
            int weight = weight(item);
            while (!budget.tryAcquire(weight, 100, TimeUnit.MILLISECONDS)) {
                if (stopped) throw new Stopped();
            }
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (stopped) throw new Stopped();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    /** Unwinds the reader when the import no longer wants items. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("import reading stopped", null, false, false);
        }
    }
}

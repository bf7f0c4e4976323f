package org.kliping.service;

import org.kliping.ingest.ArticleReaders;
import org.kliping.ingest.ReadOutcome;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads an import's PDFs and images (OCR: seconds per page) several at a time, one per core, ahead of the
 * reading thread that hands items over in file order: with one file at a time the second core stayed idle
 * for a folder of photos. Text files are not read here.
 */
final class PaperAhead implements AutoCloseable {
    private final ArticleReaders readers;
    private final List<Path> files;
    private final boolean splitPages;
    private final ImportListener listener;
    private final int ahead = Math.max(1, Runtime.getRuntime().availableProcessors());
    private final Map<Integer, Future<List<ReadOutcome>>> started = new HashMap<>();
    private ExecutorService pool;
    private int next;

    PaperAhead(ArticleReaders readers, List<Path> files, boolean splitPages, ImportListener listener) {
        this.readers = readers;
        this.files = files;
        this.splitPages = splitPages;
        this.listener = listener;
    }

    /** Every item of file {@code index} (a PDF or image), waiting for it; starts the next ones meanwhile. */
    List<ReadOutcome> outcomes(int index) {
        startUpTo(index);
        Future<List<ReadOutcome>> future = started.remove(index);
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("import interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException("reading " + files.get(index) + " failed", e.getCause());
        }
    }

    private void startUpTo(int index) {
        if (pool == null) {
            pool = Executors.newFixedThreadPool(ahead, r -> {
                Thread t = new Thread(r, "kliping-paper-reader");
                t.setDaemon(true);
                return t;
            });
        }
        next = Math.max(next, index);
        while (next < files.size() && started.size() < ahead) {
            int i = next++;
            if (!ArticleReaders.isPaper(files.get(i))) continue;
            started.put(i, pool.submit(() -> read(i)));
        }
        if (!started.containsKey(index)) started.put(index, pool.submit(() -> read(index)));
    }

    private List<ReadOutcome> read(int index) {
        Path file = files.get(index);
        listener.reading(file.toString(), index + 1, files.size());
        List<ReadOutcome> out = new ArrayList<>();
        readers.read(file, splitPages, out::add);
        return out;
    }

    @Override
    public void close() {
        if (pool != null) pool.shutdownNow();
    }
}

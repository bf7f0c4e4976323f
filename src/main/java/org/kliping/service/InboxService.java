package org.kliping.service;

import org.kliping.capture.InboxFolder;
import org.kliping.ingest.ArticleReaders;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An inbox folder: files saved into it (a browser's "Save page as...", text, Markdown) are imported once they stop
 * growing and moved to {@code imported/}, or to {@code rejected/} with a {@code .reason.txt}. The window polls it
 * while open ({@link Inbox#pass}); {@code kliping watch DIR} runs {@link #watch} until interrupted.
 */
public final class InboxService {

    /** Time between two looks at the folder: a file unchanged across one is complete. */
    public static final Duration POLL = Duration.ofSeconds(1);

    private final ImportService imports;

    InboxService(ImportService imports) {
        this.imports = imports;
    }

    /** One inbox folder being watched: it remembers what it saw at the last pass. */
    public final class Inbox {
        private final InboxFolder folder;

        private Inbox(Path dir) {
            this.folder = new InboxFolder(dir);
        }

        /**
         * Imports the files that stopped growing since the last pass and moves each away; returns what was done
         * (every file rejected is listed with its reason). The listener hears each file by its path.
         */
        public ImportReport pass(ImportListener listener) {
            List<Path> ready = folder.poll();
            int imported = 0;
            int duplicates = 0;
            List<ImportReport.Problem> rejected = new java.util.ArrayList<>();
            List<ImportReport.Problem> warnings = new java.util.ArrayList<>();
            List<Long> ids = new java.util.ArrayList<>();
            for (Path file : ready) {
                if (!ArticleReaders.isSupported(file)) {
                    String reason = "unsupported file type (expected .html, .htm, .txt, .md, .json, .jsonl or .zip)";
                    folder.moveToRejected(file, reason);
                    rejected.add(new ImportReport.Problem(file.toString(), reason));
                    listener.item(file.toString(), ImportListener.Status.REJECTED, 0, reason);
                    continue;
                }
                ImportReport r = imports.importPaths(List.of(file), listener);
                imported += r.imported();
                duplicates += r.duplicates();
                rejected.addAll(r.rejected());
                warnings.addAll(r.warnings());
                ids.addAll(r.ids());
                if (r.imported() + r.duplicates() == 0 && !r.rejected().isEmpty()) {
                    folder.moveToRejected(file, r.rejected().stream().map(p -> p.error()).distinct().collect(Collectors.joining("\n")));
                } else {
                    folder.moveToImported(file);
                }
            }
            return new ImportReport(imported, duplicates, rejected, warnings, ids, false);
        }
    }

    /** Starts watching a folder (it must exist). */
    public Inbox open(Path dir) {
        return new Inbox(dir);
    }

    /** Imports what the folder holds now: two passes a {@link #POLL} apart, so only complete files are taken. */
    public ImportReport once(Path dir, ImportListener listener) {
        Inbox inbox = open(dir);
        inbox.pass(listener);
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ImportReport(0, 0, List.of(), List.of(), List.of(), true);
        }
        return inbox.pass(listener);
    }

    /** Watches a folder until the listener is cancelled or the thread interrupted, a pass every {@link #POLL}. */
    public void watch(Path dir, ImportListener listener) {
        Inbox inbox = open(dir);
        while (!listener.isCancelled() && !Thread.currentThread().isInterrupted()) {
            inbox.pass(listener);
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}

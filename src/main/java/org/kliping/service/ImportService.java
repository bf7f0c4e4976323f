package org.kliping.service;

import org.kliping.domain.Article;
import org.kliping.domain.ArticleDraft;
import org.kliping.domain.IndexEntry;
import org.kliping.domain.KlipingException;
import org.kliping.domain.ProgressListener;
import org.kliping.ingest.ArticleReaders;
import org.kliping.ingest.NearDuplicates;
import org.kliping.ingest.ReadOutcome;
import org.kliping.ingest.Shingles;
import org.kliping.service.ImportListener.Status;
import org.kliping.service.ImportReport.Problem;
import org.kliping.store.ArticleStore;
import org.kliping.store.ArticleStore.NewArticle;
import org.kliping.store.PaperStore;
import org.kliping.domain.PaperScan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Imports files and folders: each article is read, checked against what is stored (exact duplicates
 * are skipped and reported), stored in batches, and indexed. Every failure is reported by location and
 * the rest of the batch goes on; nothing is half-stored since each batch is one transaction.
 */
public final class ImportService {

    /**
     * Articles per transaction, and the text a batch may hold: each commit is an fsync (synchronous=FULL),
     * which at 256 articles a batch was a fifth of an import's SQLite time, and rewrites the pages of the
     * list's indexes the batch touched (most of them: titles and keys are random), so fewer, larger batches
     * write less; the character bound keeps a batch of long articles small (about 40 MB of heap).
     */
    private static final int BATCH = 2048;
    /**
     * Heap a batch may hold until it is stored ({@code ReadAhead.Prepared.heldBytes}: text, originals included). With
     * the read-ahead's budget of the same size and the index's two waiting batches this keeps an import of saved web
     * pages (1.6 MB each) under a 256 MB heap; articles of a few kilobytes still fill the {@link #BATCH} count first.
     */
    private static final long BATCH_BYTES = 32L << 20;

    private final ArticleStore articles;
    private final PaperStore papers;
    private final IndexSync sync;
    private final ArticleReaders readers;
    private final RestoreService restore;
    private final Clock clock;

    ImportService(ArticleStore articles, PaperStore papers, IndexSync sync, ArticleReaders readers, RestoreService restore,
                  Clock clock) {
        this.articles = articles;
        this.papers = papers;
        this.sync = sync;
        this.readers = readers;
        this.restore = restore;
        this.clock = clock;
        this.nearDuplicates = new NearDuplicateLinks(articles);
    }

    /** Near-duplicate links of this service's imports, with the work they took counted (see {@link #nearDuplicateWork}). */
    private final NearDuplicateLinks nearDuplicates;

    /**
     * What the near-duplicate check of this service's imports has done so far, by name: articles looked up, candidates
     * they had, candidates ruled out by signature, pairs compared on full shingle sets, stored articles read back
     * from the store (of them pivots), pairs decided from links this run made, pairs linked. Counted, not timed: the
     * benchmark reports them, and a test shows that the work per article stays flat as a family of copies grows.
     */
    public Map<String, Long> nearDuplicateWork() {
        return nearDuplicates.work();
    }

    /** For tests: every candidate decided on both full sets, without the shortcuts (they must link the same pairs). */
    void readEveryNearDuplicateCandidate() {
        nearDuplicates.readEveryCandidate();
    }

    private int batch = BATCH;

    /** For tests: batches of {@code articles}, so that a small corpus spans several. */
    void batchesOf(int articles) {
        batch = articles;
    }

    /** For tests: a run keeps at most {@code hashes} of full shingle sets in memory. */
    void keepNearDuplicateSetsOf(int hashes) {
        nearDuplicates.keepAtMost(hashes);
    }

    /** Pause before merging what an import left fragmented: the next import of a series postpones it. */
    private static final java.time.Duration MERGE_AFTER_IMPORT = java.time.Duration.ofSeconds(2);

    public ImportReport importPaths(List<Path> paths, ImportListener listener) {
        return importPaths(paths, false, listener);
    }

    /** @param splitPages a PDF gives one article per page (an e-paper edition), not one per file */
    public ImportReport importPaths(List<Path> paths, boolean splitPages, ImportListener listener) {
        sync.postponeMerge(); // the merge after opening would otherwise fall in the middle of a long import
        sync.holdMerges(); // and Lucene's own merges would be redone by the one after it
        try (IndexPipeline pipeline = new IndexPipeline(sync)) {
            Run run = new Run(listener, pipeline);
            List<Path> files = new ArrayList<>();
            for (Path p : paths) collect(p, files, run);
            RuntimeException failure = null;
            try (ReadAhead reading = new ReadAhead(readers, files, ReadAhead.BUDGET_KB, splitPages, listener)) {
                long done = 0;
                while (true) {
                    if (listener.isCancelled()) {
                        run.cancelled = true;
                        break;
                    }
                    ReadAhead.Item item = reading.next();
                    if (item instanceof ReadAhead.End) break;
                    if (item instanceof ReadAhead.Outcome o) run.accept(o);
                    if (item instanceof ReadAhead.FileDone f) {
                        listener.progress(++done, files.size(), f.file().getFileName().toString());
                    }
                }
                run.flush();
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            } finally {
                try {
                    try {
                        pipeline.drain();
                        sync.catchUp(ProgressListener.NONE); // restored articles, and anything changed meanwhile
                    } finally {
                        sync.releaseMerges();
                    }
                    sync.mergeSoon(MERGE_AFTER_IMPORT); // a large import leaves many segments; no-op otherwise
                } catch (RuntimeException e) {
                    if (failure == null) throw e;
                    failure.addSuppressed(e); // the first failure (a full disk) is the one to report, not its echo
                }
            }
            return run.report();
        }
    }

    /**
     * Stores articles already read (pages fetched by {@link ClipService}): the same checks, batches, index and
     * near-duplicate links as a file import; a {@link ReadOutcome.Rejected} is reported as it is.
     */
    ImportReport importOutcomes(List<ReadOutcome> outcomes, ImportListener listener) {
        sync.postponeMerge();
        try (IndexPipeline pipeline = new IndexPipeline(sync)) {
            Run run = new Run(listener, pipeline);
            try {
                for (ReadOutcome o : outcomes) run.accept(new ReadAhead.Outcome(o, ReadAhead.prepare(o)));
                run.flush();
            } finally {
                pipeline.drain();
                sync.catchUp(ProgressListener.NONE);
                sync.mergeSoon(MERGE_AFTER_IMPORT);
            }
            return run.report();
        }
    }

    /**
     * Imports the seed articles bundled with the app; the window calls this when it has just created
     * the default archive (an archive a user emptied stays empty).
     */
    public ImportReport importBundledSeeds(ImportListener listener) {
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("kliping-seeds");
            return importPaths(BundledSeeds.extractTo(tmp), listener);
        } catch (IOException e) {
            throw new org.kliping.domain.StorageException("cannot unpack the seed articles: " + e.getMessage(), e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover folder in the temporary directory is harmless
        }
    }

    private static void collect(Path p, List<Path> files, Run run) {
        if (!Files.exists(p)) {
            run.reject(p.toString(), "no such file or folder");
        } else if (Files.isDirectory(p)) {
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(Files::isRegularFile).sorted().forEach(file -> {
                    if (ArticleReaders.isSupported(file)) {
                        files.add(file);
                    } else {
                        run.skip(file.toString(), ArticleReaders.unsupportedReason(file));
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                run.reject(p.toString(), "cannot read folder: " + e.getMessage());
            }
        } else {
            files.add(p);
        }
    }

    /** One import run: pending batch and tallies. */
    private final class Run {
        private final ImportListener listener;
        private final IndexPipeline pipeline;
        private final List<ReadAhead.Prepared> pending = new ArrayList<>();
        private long pendingBytes;
        private final List<Long> ids = new ArrayList<>();
        private final List<Problem> rejected = new ArrayList<>();
        private final List<Problem> warnings = new ArrayList<>();
        private final List<Problem> skipped = new ArrayList<>();
        private final NearDuplicateLinks.RunMemory memory = nearDuplicates.newRun();
        private int duplicates;
        private boolean cancelled;

        Run(ImportListener listener, IndexPipeline pipeline) {
            this.listener = listener;
            this.pipeline = pipeline;
        }

        void accept(ReadAhead.Outcome item) {
            ReadOutcome outcome = item.outcome();
            if (item.prepared() != null) {
                pending.add(item.prepared());
                pendingBytes += item.prepared().heldBytes();
                if (pending.size() >= batch || pendingBytes >= BATCH_BYTES) flush();
            } else if (outcome instanceof ReadOutcome.Rejected r) {
                reject(r.location(), r.reason());
            } else if (outcome instanceof ReadOutcome.Restored r) {
                flush();
                pipeline.drain();
                restoreOne(r);
            } else if (outcome instanceof ReadOutcome.RestoredSearch s) {
                restore.savedSearch(s.savedSearch());
            }
        }

        /** A file in a folder that is not a format Kliping reads: reported, not an error. */
        void skip(String location, String reason) {
            skipped.add(new Problem(location, reason));
        }

        void reject(String location, String reason) {
            rejected.add(new Problem(location, reason));
            listener.item(location, Status.REJECTED, 0, reason);
        }

        private void restoreOne(ReadOutcome.Restored r) {
            try {
                RestoreService.Result result = restore.restore(r.bundle());
                if (result.duplicate()) {
                    duplicates++;
                    listener.item(r.location(), Status.DUPLICATE, result.articleId(), r.bundle().article().title());
                } else {
                    ids.add(result.articleId());
                    listener.item(r.location(), Status.IMPORTED, result.articleId(), r.bundle().article().title());
                }
            } catch (KlipingException e) {
                reject(r.location(), e.getMessage());
            }
        }

        void flush() {
            if (pending.isEmpty()) return;
            Instant now = clock.instant();
            List<NewArticle> fresh = new ArrayList<>();
            List<ReadAhead.Prepared> freshOutcomes = new ArrayList<>();
            Map<String, Long> stored = articles.idsByContentKeys(pending.stream().map(ReadAhead.Prepared::contentKey).toList());
            Set<String> seenInBatch = new HashSet<>();
            for (ReadAhead.Prepared p : pending) {
                ArticleDraft d = p.draft();
                String key = p.contentKey();
                Long existing = stored.get(key);
                if (existing != null || !seenInBatch.add(key)) {
                    duplicates++;
                    listener.item(p.location(), Status.DUPLICATE, existing == null ? 0 : existing, d.title());
                    continue;
                }
                fresh.add(new NewArticle(d, p.sha256(), key, NearDuplicates.sketchOf(p.shingles().smallest()), now, p.body()));
                freshOutcomes.add(p);
            }
            pending.clear();
            pendingBytes = 0;
            if (fresh.isEmpty()) return;
            ArticleStore.Inserted inserted = insert(fresh, freshOutcomes);
            List<IndexEntry> entries = new ArrayList<>(fresh.size());
            Map<Long, long[]> sketches = new LinkedHashMap<>();
            Map<Long, Shingles> shingles = new HashMap<>();
            for (int i = 0; i < fresh.size(); i++) {
                long id = inserted.ids().get(i);
                NewArticle n = fresh.get(i);
                ReadAhead.Prepared p = freshOutcomes.get(i);
                entries.add(new IndexEntry(toArticle(id, n), List.of(), List.of(), List.of()));
                ids.add(id);
                for (String w : p.draft().warnings()) warnings.add(new Problem(p.location(), w));
                listener.item(p.location(), Status.IMPORTED, id, p.draft().title());
                sketches.put(id, n.sketch());
                shingles.put(id, p.shingles());
                memory.add(id, p.shingles().smallest());
            }
            pipeline.submit(entries, inserted.firstSequence(), inserted.lastSequence());
            articles.linkNearDuplicates(nearDuplicates.of(sketches, shingles, memory)); // one transaction: each is an fsync
        }

        /** The batch's articles and the scans of those read from paper, in one transaction. */
        private ArticleStore.Inserted insert(List<NewArticle> fresh, List<ReadAhead.Prepared> prepared) {
            if (prepared.stream().allMatch(p -> p.scan() == null)) return articles.insertAll(fresh);
            ArticleStore.Inserted[] inserted = new ArticleStore.Inserted[1];
            papers.transaction(() -> {
                inserted[0] = articles.insertAll(fresh);
                Map<Long, PaperScan> scans = new LinkedHashMap<>();
                for (int i = 0; i < prepared.size(); i++) {
                    if (prepared.get(i).scan() != null) scans.put(inserted[0].ids().get(i), prepared.get(i).scan());
                }
                papers.putAll(scans);
            });
            return inserted[0];
        }

        ImportReport report() {
            return new ImportReport(ids.size(), duplicates, rejected, warnings, ids, cancelled, skipped);
        }
    }

    static Article toArticle(long id, NewArticle n) {
        ArticleDraft d = n.draft();
        return new Article(id, d.externalId(), d.title(), d.titleDerived(), d.lede(), n.body(), d.source(), d.place(),
                d.published(), d.publishedText(), d.url(), d.language(), d.originName(), n.importedAt(), n.sha256(),
                false, false, d.authors());
    }
}

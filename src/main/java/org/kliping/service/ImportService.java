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
    }

    /** Near-duplicate work of this service's imports so far, counted (see {@link #nearDuplicateWork}). */
    private final NearDuplicateWork work = new NearDuplicateWork();

    /**
     * What the near-duplicate check of this service's imports has done so far, by name: articles looked up, candidates
     * they had, candidates ruled out by signature, pairs compared on full shingle sets, stored articles read back
     * from the store, shingle sets hashed from a stored text, pairs linked. Counted, not timed: the benchmark reports
     * them, and a test shows that the work per article stays flat as a family of copies grows.
     */
    public Map<String, Long> nearDuplicateWork() {
        return work.snapshot();
    }

    /** Pause before merging what an import left fragmented: the next import of a series postpones it. */
    private static final java.time.Duration MERGE_AFTER_IMPORT = java.time.Duration.ofSeconds(2);

    public ImportReport importPaths(List<Path> paths, ImportListener listener) {
        return importPaths(paths, false, listener);
    }

    /** @param splitPages a PDF gives one article per page (an e-paper edition), not one per file */
    public ImportReport importPaths(List<Path> paths, boolean splitPages, ImportListener listener) {
        sync.postponeMerge(); // the merge after opening would otherwise fall in the middle of a long import
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
                    pipeline.drain();
                    sync.catchUp(ProgressListener.NONE); // restored articles, and anything changed meanwhile
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
        private final RunMemory memory = new RunMemory();
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
                if (pending.size() >= BATCH || pendingBytes >= BATCH_BYTES) flush();
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
            articles.linkNearDuplicates(nearDuplicatesOf(sketches, shingles, memory)); // one transaction: each is an fsync
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

    /** Sketch hashes two near-duplicates share at least (of {@link NearDuplicates#SKETCH_SIZE}); see the store. */
    private static final int MIN_SHARED_SKETCH = 3;
    private static final int MAX_CANDIDATES = 5;

    /**
     * Pairs of a batch's articles and the stored ones they nearly duplicate (syndicated or edited copies): the
     * candidates of the whole batch are looked up at once, at most {@link #MAX_CANDIDATES} an article (however large
     * its family of copies). Each pair is decided exactly, as a comparison of the full shingle sets would decide it,
     * but a stored candidate's text is read and hashed only when nothing cheaper decides:
     * <ol>
     * <li>a candidate imported earlier in the same run whose {@link NearDuplicates#signature signature} estimate is far
     *     below the threshold is ruled out (decision 0007);</li>
     * <li>candidates whose full set is at hand (the batch's own, or kept from an earlier batch of the run:
     *     {@link RunMemory#keepSet}) are compared, and so is the first candidate of an article that has none
     *     (its <em>pivot</em>, read once for the batch);</li>
     * <li>the other candidates are decided by the triangle inequality of the Jaccard distance (1 - resemblance) from
     *     an exactly compared candidate {@code a} and the distance of the link {@code a - b} this run made: a family's
     *     copies are each other's candidates, so a new copy compared with one of them is linked to the others without
     *     reading them;</li>
     * <li>what is left is read and compared.</li>
     * </ol>
     */
    private List<long[]> nearDuplicatesOf(Map<Long, long[]> sketches, Map<Long, Shingles> batchShingles, RunMemory memory) {
        Map<Long, List<Long>> candidates = articles.nearDuplicateCandidates(sketches, MIN_SHARED_SKETCH, MAX_CANDIDATES);
        work.lookedUp += sketches.size();
        Map<Long, long[]> sets = new HashMap<>(); // full sets at hand: the batch's (sorted when first needed) and those read
        java.util.function.LongFunction<long[]> atHand = other -> {
            long[] set = sets.get(other);
            if (set != null) return set;
            Shingles inBatch = batchShingles.get(other);
            if (inBatch != null) set = inBatch.all();
            if (set == null) set = memory.keptSet(other);
            if (set != null) sets.put(other, set);
            return set;
        };
        Map<Long, List<Long>> open = new LinkedHashMap<>(); // candidates not yet decided, by article
        candidates.forEach((id, others) -> {
            work.candidates += others.size();
            List<Long> left = new ArrayList<>();
            for (long other : others) {
                if (!batchShingles.containsKey(other) && memory.surelyDistinct(id, other)) {
                    work.ruledOut++;
                } else {
                    left.add(other);
                }
            }
            if (!left.isEmpty()) open.put(id, left);
        });
        // the pivots: an article none of whose candidates is at hand gets its first one read
        Set<Long> pivots = new LinkedHashSet<>();
        open.forEach((id, left) -> {
            if (left.stream().noneMatch(o -> batchShingles.containsKey(o) || memory.hasKeptSet(o))) pivots.add(left.get(0));
        });
        read(pivots, sets, memory, true);

        List<long[]> pairs = new ArrayList<>();
        Set<List<Long>> seen = new HashSet<>();
        Set<Long> unread = new LinkedHashSet<>();
        Map<Long, List<Long>> undecided = new LinkedHashMap<>();
        open.forEach((id, left) -> {
            long[] mine = batchShingles.get(id).all();
            Map<Long, Double> exact = new LinkedHashMap<>();
            List<Long> rest = new ArrayList<>();
            for (long other : left) {
                long[] theirs = atHand.apply(other);
                if (theirs == null) {
                    rest.add(other);
                    continue;
                }
                double d = 1 - NearDuplicates.resemblance(mine, theirs);
                exact.put(other, d);
                decide(id, other, d, false, pairs, seen, memory);
            }
            for (long other : rest) {
                if (byTriangle(id, other, exact, pairs, seen, memory)) continue;
                unread.add(other);
                undecided.computeIfAbsent(id, k -> new ArrayList<>()).add(other);
            }
        });
        read(unread, sets, memory, false);
        undecided.forEach((id, others) -> {
            long[] mine = batchShingles.get(id).all();
            for (long other : others) {
                long[] theirs = sets.get(other);
                if (theirs != null) decide(id, other, 1 - NearDuplicates.resemblance(mine, theirs), false, pairs, seen, memory);
            }
        });
        // the batch's articles that had candidates are likely candidates of later copies: their sets are kept too
        open.keySet().forEach(id -> memory.keepSet(id, batchShingles.get(id).all()));
        work.linked += pairs.size();
        return pairs;
    }

    /** Distances compared against {@link NearDuplicates#MIN_RESEMBLANCE} with this much room for rounding. */
    private static final double ROUNDING = 1e-9;

    /**
     * Decides {@code id - other} from an exactly compared candidate {@code a} and this run's link {@code a - other}: the
     * Jaccard distance is a metric, so {@code d(id, other) <= d(id, a) + d(a, other)}, and, when {@code d(a, other)} is
     * exact, {@code d(id, other) >= |d(id, a) - d(a, other)|}. True when that decided the pair (linked or not).
     */
    private boolean byTriangle(long id, long other, Map<Long, Double> exact, List<long[]> pairs, Set<List<Long>> seen,
                               RunMemory memory) {
        double limit = 1 - NearDuplicates.MIN_RESEMBLANCE;
        for (Map.Entry<Long, Double> e : exact.entrySet()) {
            RunMemory.Link link = memory.link(e.getKey(), other);
            if (link == null) continue;
            if (e.getValue() + link.distance() <= limit - ROUNDING) {
                work.byTriangle++;
                decide(id, other, e.getValue() + link.distance(), true, pairs, seen, memory);
                return true;
            }
            if (link.exact() && Math.abs(e.getValue() - link.distance()) > limit + ROUNDING) {
                work.byTriangle++;
                seen.add(List.of(Math.min(id, other), Math.max(id, other)));
                return true;
            }
        }
        return false;
    }

    /** Links the pair when {@code distance} is within the threshold, once; remembers the link for later triangles. */
    private void decide(long id, long other, double distance, boolean upperBound, List<long[]> pairs, Set<List<Long>> seen,
                        RunMemory memory) {
        if (!seen.add(List.of(Math.min(id, other), Math.max(id, other)))) return;
        if (!upperBound) work.compared++;
        if (upperBound || 1 - distance >= NearDuplicates.MIN_RESEMBLANCE) {
            pairs.add(new long[] {id, other});
            memory.linked(id, other, distance, !upperBound);
        }
    }

    /** Reads and hashes the stored articles {@code ids} into {@code sets}, and keeps them for later batches. */
    private void read(Set<Long> ids, Map<Long, long[]> sets, RunMemory memory, boolean pivots) {
        if (ids.isEmpty()) return;
        for (Article a : articles.getAll(ids)) {
            long[] set = NearDuplicates.shingles(a.body());
            sets.put(a.id(), set);
            memory.keepSet(a.id(), set);
            work.storedRead++;
            if (pivots) work.pivotsRead++;
        }
    }

    /**
     * What one import run remembers of the articles it stored, bounded: the newest {@link #KEPT} articles' signatures
     * (256 bytes each) and the links the run made from them with their distances, and full shingle sets of articles
     * that had candidates or were read as one, at most {@link #KEPT_HASHES} hashes (16 MB), least recently used out
     * first: a family's later copies find its earlier ones as their candidates.
     */
    static final class RunMemory {
        static final int KEPT = 200_000;
        static final int KEPT_HASHES = 2 << 20;

        /** A link this run made, to {@code other}: its distance, exact or an upper bound (a link by triangle). */
        record Link(long other, double distance, boolean exact) {
        }

        private record Entry(int[] signature, List<Link> links) {
        }

        private final Map<Long, Entry> byId = new LinkedHashMap<>(1024, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
                return size() > KEPT;
            }
        };
        private long keptHashes;
        private final Map<Long, long[]> keptSets = new LinkedHashMap<>(256, 0.75f, true); // least recently used first

        void add(long id, long[] shingles) {
            byId.put(id, new Entry(NearDuplicates.signature(shingles), new ArrayList<>(2)));
        }

        /** True when both are known and their estimated resemblance is far below the threshold. */
        boolean surelyDistinct(long a, long b) {
            Entry x = byId.get(a);
            Entry y = byId.get(b);
            return x != null && y != null
                    && NearDuplicates.estimatedResemblance(x.signature(), y.signature()) < NearDuplicates.SURELY_DISTINCT_ESTIMATE;
        }

        /** Remembers a link of {@code id} (an article of this run) to {@code other}, at most twice {@link #MAX_CANDIDATES} an article. */
        void linked(long id, long other, double distance, boolean exact) {
            Entry e = byId.get(id);
            if (e != null && e.links().size() < 2 * MAX_CANDIDATES) e.links().add(new Link(other, distance, exact));
        }

        /** The link this run made between {@code a} and {@code b}, either way, or null. */
        Link link(long a, long b) {
            Link l = linkFrom(a, b);
            return l != null ? l : linkFrom(b, a);
        }

        private Link linkFrom(long a, long b) {
            Entry e = byId.get(a);
            if (e == null) return null;
            for (Link l : e.links()) if (l.other() == b) return l;
            return null;
        }

        boolean hasKeptSet(long id) {
            return keptSets.containsKey(id);
        }

        long[] keptSet(long id) {
            return keptSets.get(id);
        }

        void keepSet(long id, long[] set) {
            long[] old = keptSets.put(id, set);
            keptHashes += set.length - (old == null ? 0 : old.length);
            for (var it = keptSets.values().iterator(); keptHashes > KEPT_HASHES && it.hasNext(); ) {
                keptHashes -= it.next().length;
                it.remove();
            }
        }
    }

    /** The counters behind {@link #nearDuplicateWork}; written by the one thread that stores. */
    private static final class NearDuplicateWork {
        long lookedUp;
        long candidates;
        long ruledOut;
        long compared;
        long storedRead;
        long pivotsRead;
        long byTriangle;
        long linked;

        synchronized Map<String, Long> snapshot() {
            Map<String, Long> out = new LinkedHashMap<>();
            out.put("articlesLookedUp", lookedUp);
            out.put("candidates", candidates);
            out.put("ruledOutBySignature", ruledOut);
            out.put("pairsCompared", compared); // on full shingle sets
            out.put("storedArticlesRead", storedRead);
            out.put("pivotsRead", pivotsRead); // of the stored articles read
            out.put("decidedByTriangle", byTriangle);
            out.put("pairsLinked", linked);
            return out;
        }
    }

    static Article toArticle(long id, NewArticle n) {
        ArticleDraft d = n.draft();
        return new Article(id, d.externalId(), d.title(), d.titleDerived(), d.lede(), n.body(), d.source(), d.place(),
                d.published(), d.publishedText(), d.url(), d.language(), d.originName(), n.importedAt(), n.sha256(),
                false, false, d.authors());
    }
}

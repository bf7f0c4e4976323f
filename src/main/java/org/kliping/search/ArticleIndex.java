package org.kliping.search;

import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.kliping.domain.IndexEntry;
import org.kliping.domain.SearchHit;
import org.kliping.domain.SearchRequest;
import org.kliping.domain.SearchResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Lucene index derived from the store. One per process: it holds the only {@link IndexWriter}. Writes
 * become visible (and durable) at {@link #commit(long)}, which also records the highest change sequence applied
 * and the schema signature in the commit's user data; the service batches commits.
 * Thread-safe: searches run concurrently with writes.
 */
public final class ArticleIndex implements AutoCloseable {
    /**
     * Bump when fields or analysis change: forces a rebuild. 3: words and marked stems in one field. 4: the body
     * is not stored (read from the store), its hash is. 5: title and body keep positions without offsets
     * (snippets derive them, decision 0015).
     */
    public static final int SCHEMA_VERSION = 5;

    static final String SEQUENCE_KEY = "kliping.sequence";
    static final String SCHEMA_KEY = "kliping.schema";
    /** Fewest segments that can count as fragmented ({@link #isFragmented()}). */
    private static final int FRAGMENTED_SEGMENTS = 2;

    private final Path dir;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final String schemaSignature;
    private final ArticleDocuments documents;
    private final SearchExecution execution;
    private final RelatedArticles related;
    private final IndexedBodies bodies;
    private volatile boolean needsRebuild;
    private volatile long appliedSequence;

    private ArticleIndex(Path dir, Directory directory, IndexWriter writer, TextAnalysis analysis, SearchSettings settings,
                         FacetsConfig facets, String schemaSignature, boolean needsRebuild, IndexedBodies bodies)
            throws IOException {
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        this.schemaSignature = schemaSignature;
        this.documents = new ArticleDocuments(facets);
        this.searchers = writer != null ? new SearcherManager(writer, FacetAwareSearcher.factory(facets))
                : new SearcherManager(DirectoryReader.open(directory), FacetAwareSearcher.factory(facets));
        this.bodies = bodies;
        this.execution = new SearchExecution(analysis, settings, new HitReader(analysis.indexAnalyzer(), bodies), bodies);
        this.related = new RelatedArticles(analysis.rootsAnalyzer(), bodies);
        this.needsRebuild = needsRebuild;
        this.appliedSequence = needsRebuild ? 0 : writer != null ? storedSequence(writer) : committedSequence(directory);
    }

    /**
     * Opens the index in {@code dir} for searching only, on its latest commit, without a writer and without
     * writing anything (another Kliping may hold the index, or the medium may be read-only). Returns empty when
     * there is no usable index there (missing, unreadable, another schema): the caller then builds one in memory
     * ({@link #openInMemory}). Write methods throw {@link IndexAccessException}.
     */
    public static java.util.Optional<ArticleIndex> openReadOnly(Path dir, SearchSettings settings, BodySource bodies) {
        TextAnalysis analysis = new TextAnalysis(settings.analysis(), settings.synonymsFile());
        String signature = SCHEMA_VERSION + "/" + settings.analysis() + "/" + analysis.resourcesHash();
        if (!Files.isDirectory(dir)) return java.util.Optional.empty();
        Directory directory = null;
        try {
            directory = FSDirectory.open(dir);
            // checksums verified: the files may have changed since the writer's last clean close, as on any open
            if (!signature.equals(storedSignature(directory, true)) && !signature.equals(storedSignature(directory, true))) {
                closeQuietly(directory);
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new ArticleIndex(dir, directory, null, analysis, settings,
                    ArticleDocuments.newFacetsConfig(), signature, false, IndexedBodies.from(bodies)));
        } catch (IOException | RuntimeException e) {
            closeQuietly(directory);
            return java.util.Optional.empty();
        }
    }

    /**
     * A new, empty index held in memory (for a read-only archive whose index on disk cannot be used): it is
     * filled from the store and forgotten at close; nothing is written to disk.
     */
    public static ArticleIndex openInMemory(Path dir, SearchSettings settings, BodySource bodies) {
        TextAnalysis analysis = new TextAnalysis(settings.analysis(), settings.synonymsFile());
        String signature = SCHEMA_VERSION + "/" + settings.analysis() + "/" + analysis.resourcesHash();
        try {
            return openWriter(dir, new org.apache.lucene.store.ByteBuffersDirectory(), analysis, settings, signature, true,
                    IndexedBodies.from(bodies));
        } catch (IOException e) {
            throw new IndexAccessException(dir, "cannot build the search index in memory", e);
        }
    }

    /** True for an index opened by {@link #openReadOnly}: it searches its last commit and cannot be written. */
    public boolean isReadOnly() {
        return writer == null;
    }

    private IndexWriter writer() {
        if (writer == null) throw new IndexAccessException(dir, "the search index is open read-only", null);
        return writer;
    }

    private static long committedSequence(Directory directory) throws IOException {
        String v = SegmentInfos.readLatestCommit(directory).getUserData().get(SEQUENCE_KEY);
        return v == null ? 0 : Long.parseLong(v);
    }

    /**
     * Opens (or creates) the index in {@code dir}, reading article bodies from {@code bodies} (the store). A missing,
     * unreadable or differently built index is wiped and {@link #needsRebuild()} is true; the service then rebuilds
     * it from the store.
     *
     * @throws IndexAccessException when the folder cannot be used at all (not writable, locked by another process)
     */
    public static ArticleIndex open(Path dir, SearchSettings settings, BodySource bodies) {
        return open(dir, settings, bodies, true);
    }

    /**
     * @param verify read every index file to check its checksum before using it; the archive skips it when the
     *               files are exactly as its last clean close left them
     */
    public static ArticleIndex open(Path dir, SearchSettings settings, BodySource bodies, boolean verify) {
        return open(dir, settings, IndexedBodies.from(bodies), verify);
    }

    /**
     * Opens an index without a store (tests, evaluation tools): it keeps the bodies of the articles it indexes in
     * memory for snippets. Only the articles indexed since opening have bodies.
     */
    public static ArticleIndex open(Path dir, SearchSettings settings) {
        return open(dir, settings, IndexedBodies.remembering(), true);
    }

    private static ArticleIndex open(Path dir, SearchSettings settings, IndexedBodies bodies, boolean verify) {
        TextAnalysis analysis = new TextAnalysis(settings.analysis(), settings.synonymsFile());
        String signature = SCHEMA_VERSION + "/" + settings.analysis() + "/" + analysis.resourcesHash();
        Directory directory = null;
        try {
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir);
            boolean rebuild = !signature.equals(storedSignature(directory, verify));
            if (rebuild) wipe(directory);
            try {
                return openWriter(dir, directory, analysis, settings, signature, rebuild, bodies);
            } catch (LockObtainFailedException e) {
                throw e;
            } catch (IOException | RuntimeException damaged) {
                // readable commit point but damaged segment files: same remedy as an unreadable index
                wipe(directory);
                return openWriter(dir, directory, analysis, settings, signature, true, bodies);
            }
        } catch (LockObtainFailedException e) {
            closeQuietly(directory);
            throw new IndexAccessException(dir, "the index is in use by another Kliping process", e);
        } catch (IOException e) {
            closeQuietly(directory);
            throw new IndexAccessException(dir, "cannot open the search index", e);
        }
    }

    private static ArticleIndex openWriter(Path dir, Directory directory, TextAnalysis analysis, SearchSettings settings,
                                           String signature, boolean rebuild, IndexedBodies bodies) throws IOException {
        FacetsConfig facets = ArticleDocuments.newFacetsConfig();
        IndexWriter writer = new IndexWriter(directory, writerConfig(analysis));
        try {
            return new ArticleIndex(dir, directory, writer, analysis, settings, facets, signature, rebuild, bodies);
        } catch (IOException | RuntimeException e) {
            writer.rollback(); // releases the write lock so the caller can wipe and retry
            throw e;
        }
    }

    /** True when the index was missing, unreadable (then it was wiped) or of another schema; false after a commit. */
    public boolean needsRebuild() {
        return needsRebuild;
    }

    /** Highest change sequence applied (from the last commit), 0 when empty or rebuilt. */
    public long appliedSequence() {
        return appliedSequence;
    }

    /** Adds or replaces the article (by id). Visible after the next {@link #commit(long)}. */
    public void upsert(IndexEntry entry) {
        long id = entry.article().id();
        try {
            writer().updateDocument(new Term(IndexFields.ID_KEY, Long.toString(id)), documents.toDocument(entry));
            bodies.indexed(id, entry.article().body());
        } catch (IOException | AlreadyClosedException e) {
            throw new IndexAccessException(dir, "cannot index article " + id, e);
        }
    }

    /**
     * Adds an article the index does not hold (a rebuild after {@link #deleteAll()}): no delete by id term,
     * which the writer would otherwise resolve for every document at each flush.
     */
    public void add(IndexEntry entry) {
        long id = entry.article().id();
        try {
            writer().addDocument(documents.toDocument(entry));
            bodies.indexed(id, entry.article().body());
        } catch (IOException | AlreadyClosedException e) {
            throw new IndexAccessException(dir, "cannot index article " + id, e);
        }
    }

    public void delete(long articleId) {
        try {
            writer().deleteDocuments(new Term(IndexFields.ID_KEY, Long.toString(articleId)));
            bodies.removed(articleId);
        } catch (IOException | AlreadyClosedException e) {
            throw new IndexAccessException(dir, "cannot remove article " + articleId, e);
        }
    }

    public void deleteAll() {
        try {
            writer().deleteAll();
            bodies.cleared();
        } catch (IOException | AlreadyClosedException e) {
            throw new IndexAccessException(dir, "cannot clear the index", e);
        }
    }

    /** Bytes of documents the writer holds in memory, not yet written as segments. */
    public long bufferedBytes() {
        return writer == null ? 0 : writer.ramBytesUsed();
    }

    /**
     * Writes one thread's buffered documents as a segment on the calling thread; returns whether there was one.
     * Called from several threads at once, it writes several buffers in parallel, which a commit does one by one.
     */
    public boolean flushBuffer() {
        try {
            return writer().flushNextBuffer();
        } catch (IOException | AlreadyClosedException e) {
            throw new IndexAccessException(dir, "cannot write the index buffer", e);
        }
    }

    /** Makes all writes durable and visible, recording {@code sequence} and the schema in the commit. */
    public void commit(long sequence) {
        try {
            writer().setLiveCommitData(Map.of(SEQUENCE_KEY, Long.toString(sequence), SCHEMA_KEY, schemaSignature).entrySet());
            writer().commit();
            searchers.maybeRefreshBlocking();
            appliedSequence = sequence;
            needsRebuild = false;
        } catch (IOException | AlreadyClosedException e) {
            throw new IndexAccessException(dir, "cannot commit the index at sequence " + sequence, e);
        }
    }

    /**
     * True when the committed index is spread over several segments, none holding three quarters of the documents: what
     * a bulk write (a rebuild, a large import) leaves behind. Every search then pays term lookups and scoring
     * setup once per segment, so one segment makes every query type faster (decision 0011).
     * Small edits add small segments beside a large one, which this does not count as fragmented.
     */
    public boolean isFragmented() {
        return withSearcher(s -> {
            List<LeafReaderContext> leaves = s.getIndexReader().leaves();
            if (leaves.size() < FRAGMENTED_SEGMENTS) return false;
            int largest = 0;
            for (LeafReaderContext leaf : leaves) largest = Math.max(largest, leaf.reader().maxDoc());
            return largest < s.getIndexReader().maxDoc() * 3L / 4;
        }, "count segments");
    }

    private int mergeHolds;
    private org.apache.lucene.index.MergePolicy heldPolicy;

    /**
     * Holds the writer's background merges until {@link #releaseMerges()}: a large import adds segment after segment,
     * and the merge into one segment at its end ({@link #mergeSegments()}) rewrites whatever the merges in between
     * wrote, which took CPU from the import while it ran. Holds nest; a read-only index has nothing to hold.
     */
    public synchronized void holdMerges() {
        if (writer == null || mergeHolds++ > 0) return;
        heldPolicy = writer.getConfig().getMergePolicy();
        writer.getConfig().setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE);
    }

    /**
     * Ends a {@link #holdMerges()}; the last one gives the writer its merges back and lets it merge what the held
     * time added, as its merge policy decides (a few segments of similar size stay as they are; a series of small
     * imports beside a large segment would otherwise pile up segments). The merge into one segment is separate
     * ({@link #mergeSegments()}): the window runs it in the background.
     */
    public void releaseMerges() {
        synchronized (this) {
            if (writer == null || mergeHolds == 0 || --mergeHolds > 0) return;
            writer.getConfig().setMergePolicy(heldPolicy);
            heldPolicy = null;
        }
        try {
            writer.maybeMerge(); // in the background (the writer's merge scheduler)
        } catch (IOException | AlreadyClosedException e) {
            throw new IndexAccessException(dir, "cannot merge the index segments", e);
        }
    }

    /** Segments of the committed index (what searches go through). */
    public int segmentCount() {
        return withSearcher(s -> s.getIndexReader().leaves().size(), "count segments");
    }

    /**
     * Merges the index into one segment, waiting for it; not committed (call {@link #commit(long)}). Searches
     * and writes go on meanwhile: searches keep the old segments until the commit, and documents written during
     * the merge stay in segments of their own. A close or {@link #deleteAll()} aborts the merge.
     */
    public void mergeSegments() {
        try {
            writer().forceMerge(1);
        } catch (IOException | AlreadyClosedException e) {
            throw new IndexAccessException(dir, "cannot merge the index segments", e);
        }
    }

    /** Searches the committed articles. Never throws for odd input; {@link InvalidQueryException} only when hopeless. */
    public SearchResult search(SearchRequest request) {
        return withSearcher(s -> execution.run(s, request), "search for '" + request.query() + "'");
    }

    /** Articles like the given one, other outlets first; empty when the id is not indexed. */
    public List<SearchHit> related(long articleId, int limit) {
        return withSearcher(s -> related.find(s, articleId, limit), "related articles of " + articleId);
    }

    /** Number of committed articles. */
    public long count() {
        return withSearcher(s -> (long) s.getIndexReader().numDocs(), "count");
    }

    /** Ids of all committed articles, for store/index agreement checks. */
    public Set<Long> allIds() {
        return withSearcher(s -> {
            Set<Long> ids = new HashSet<>();
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) collectIds(leaf, ids);
            return ids;
        }, "list ids");
    }

    @Override
    public void close() {
        try {
            searchers.close();
            if (writer != null) writer.close(); // commitOnClose is off: uncommitted writes are re-applied from the store next time
            directory.close();
        } catch (IOException e) {
            throw new IndexAccessException(dir, "cannot close the index", e);
        }
    }

    private interface SearcherWork<T> {
        T apply(FacetAwareSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work, String what) {
        try {
            FacetAwareSearcher searcher = (FacetAwareSearcher) searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new IndexAccessException(dir, "cannot " + what, e);
        }
    }

    private static void collectIds(LeafReaderContext leaf, Set<Long> ids) throws IOException {
        NumericDocValues values = leaf.reader().getNumericDocValues(IndexFields.ID);
        if (values == null) return;
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            if (live == null || live.get(doc)) ids.add(values.longValue());
        }
    }

    private static IndexWriterConfig writerConfig(TextAnalysis analysis) {
        IndexWriterConfig config = new IndexWriterConfig(analysis.indexAnalyzer());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setCommitOnClose(false);
        config.setRAMBufferSizeMB(64);
        return config;
    }

    /** The schema signature of the latest commit, or null when there is none or it cannot be read. */
    private static String storedSignature(Directory directory, boolean verify) {
        try {
            if (!DirectoryReader.indexExists(directory)) return null;
            SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
            // garbage inside a segment is otherwise silent (wrong hits, not errors): verify every file's checksum
            for (String f : verify ? commit.files(true) : List.<String>of()) {
                try (IndexInput in = directory.openInput(f, IOContext.READONCE)) {
                    CodecUtil.checksumEntireFile(in);
                }
            }
            return commit.getUserData().get(SCHEMA_KEY);
        } catch (IOException | RuntimeException e) {
            return null; // unreadable: treated as absent, the caller wipes and rebuilds
        }
    }

    private static long storedSequence(IndexWriter writer) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data == null) return 0;
        for (Map.Entry<String, String> e : data) {
            if (SEQUENCE_KEY.equals(e.getKey())) return Long.parseLong(e.getValue());
        }
        return 0;
    }

    /** Deletes every file of a damaged or outdated index, holding the write lock so a running writer is never hit. */
    private static void wipe(Directory directory) throws IOException {
        Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME);
        try {
            for (String file : directory.listAll()) {
                lock.ensureValid();
                if (!IndexWriter.WRITE_LOCK_NAME.equals(file)) directory.deleteFile(file);
            }
        } finally {
            lock.close();
        }
    }

    private static void closeQuietly(Directory directory) {
        if (directory == null) return;
        try {
            directory.close();
        } catch (IOException suppressed) {
            // the original failure is the one worth reporting
        }
    }
}

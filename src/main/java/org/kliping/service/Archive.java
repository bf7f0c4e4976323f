package org.kliping.service;

import org.kliping.domain.ProgressListener;
import org.kliping.domain.StorageException;
import org.kliping.ingest.ImportLimits;
import org.kliping.ingest.TempFiles;
import org.kliping.search.ArticleIndex;
import org.kliping.search.SearchSettings;
import org.kliping.store.AnnotationStore;
import org.kliping.store.ArticleStore;
import org.kliping.store.Database;
import org.kliping.store.NoteStore;
import org.kliping.store.SavedSearchStore;
import org.kliping.store.SettingStore;
import org.kliping.store.TagStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * An open archive folder: the lock, the SQLite database ({@code kliping.db}, the truth) and the Lucene
 * index ({@code index/}, derived), and the services over them. Opening brings the index up to date with
 * the store, rebuilding it when it is missing, damaged or of another schema.
 */
public final class Archive implements AutoCloseable {

    public static final String DATABASE_FILE = "kliping.db";
    public static final String INDEX_FOLDER = "index";
    /** How long after opening a fragmented index is merged in the background. */
    static final Duration MERGE_AFTER_OPEN = Duration.ofSeconds(10);

    private final Path dir;
    private final boolean created;
    private final ArchiveLock lock;
    private final Database db;
    private final ArticleIndex index;
    private final IndexSync sync;
    private final Services services;
    /** Kept apart from the index's own flag, which a rebuild's commit clears. */
    private boolean rebuiltOnOpen;

    private Archive(Path dir, boolean created, ArchiveLock lock, Database db, ArticleStore articles, ArticleIndex index) {
        this.dir = dir;
        this.created = created;
        this.lock = lock;
        this.db = db;
        this.index = index;
        TagStore tags = new TagStore(db);
        AnnotationStore annotations = new AnnotationStore(db);
        NoteStore notes = new NoteStore(db);
        this.sync = new IndexSync(articles, tags, annotations, notes, index);
        this.services = new Services(dir, db, articles, tags, annotations, notes, new SavedSearchStore(db),
                new SettingStore(db), index, sync, ImportLimits.defaults());
    }

    /**
     * Opens (creating when needed) the archive in {@code dir}, taking the writer's lock, and brings the
     * index up to date. Throws {@link org.kliping.domain.ArchiveUnavailableException} when another
     * process holds it, a newer version wrote it, or the database is damaged.
     */
    public static Archive open(Path dir, ProgressListener progress) {
        boolean created = !Files.exists(dir.resolve(DATABASE_FILE));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StorageException("Cannot create the archive folder " + dir + ": " + e.getMessage(), e);
        }
        return openHolding(dir, ArchiveLock.acquire(dir), created, progress);
    }

    /** Opens the archive in {@code dir} whose lock the caller already holds (a restore); the lock is the archive's now. */
    static Archive openHolding(Path dir, ArchiveLock lock, ProgressListener progress) {
        return openHolding(dir, lock, false, progress);
    }

    private static Archive openHolding(Path dir, ArchiveLock lock, boolean created, ProgressListener progress) {
        Database db = null;
        try {
            TempFiles.removeLeftovers(dir, DATABASE_FILE);
            Path dbFile = dir.resolve(DATABASE_FILE);
            CleanClose.Unchanged unchanged = CleanClose.consume(dir, dbFile, dir.resolve(INDEX_FOLDER));
            db = Database.open(dbFile, !unchanged.database());
            ArticleStore articles = new ArticleStore(db);
            // snippets, feedback and related articles read bodies from the store: the index keeps no copy
            ArticleIndex index = ArticleIndex.open(dir.resolve(INDEX_FOLDER), SearchSettings.defaults(), articles::bodies,
                    !unchanged.index());
            Archive archive = new Archive(dir, created, lock, db, articles, index);
            archive.bringIndexUpToDate(progress);
            return archive;
        } catch (RuntimeException e) {
            if (db != null) db.close();
            lock.close();
            throw e;
        }
    }

    private void bringIndexUpToDate(ProgressListener progress) {
        rebuiltOnOpen = index.needsRebuild() || sync.indexIsAheadOfStore();
        if (rebuiltOnOpen) sync.rebuild(progress);
        else sync.catchUp(progress);
        // an index a bulk write left fragmented (a command-line import, an interrupted merge) is merged once
        // the window is up and the first searches are done: never during start-up
        sync.mergeSoon(MERGE_AFTER_OPEN);
    }

    /** The index's keeper, for tests that control background merging. */
    IndexSync indexSync() {
        return sync;
    }

    /** True when this open created the archive (the window then imports the bundled seeds). */
    public boolean wasCreated() {
        return created;
    }

    public Path dir() {
        return dir;
    }

    public Services services() {
        return services;
    }

    /** True when the index was missing, unreadable or of another schema and this open rebuilt it. */
    public boolean indexWasRebuiltOnOpen() {
        return rebuiltOnOpen;
    }

    @Override
    public void close() {
        sync.shutdown();
        try {
            index.close();
        } finally {
            try {
                db.close();
                CleanClose.record(dir, dir.resolve(DATABASE_FILE), dir.resolve(INDEX_FOLDER));
            } finally {
                lock.close();
            }
        }
    }
}

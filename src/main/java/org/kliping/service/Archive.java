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
import java.util.ArrayList;
import java.util.List;

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
    /** What opening found and did that the user should hear of (an index moved aside, articles not indexed). */
    private final List<String> notices = new ArrayList<>();

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
            String movedAside = moveAsideIfNotAFolder(dir.resolve(INDEX_FOLDER));
            ArticleIndex index = ArticleIndex.open(dir.resolve(INDEX_FOLDER), SearchSettings.defaults(), articles::bodies,
                    !unchanged.index());
            Archive archive = new Archive(dir, created, lock, db, articles, index);
            if (movedAside != null) archive.notices.add(movedAside);
            archive.bringIndexUpToDate(progress);
            archive.noticeRefusedArticles();
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

    /**
     * The index is a folder; anything else at its place (a sync tool's conflict copy, a file left by hand) is moved
     * aside, never deleted, so the index can be rebuilt. Returns the notice, or null when nothing was moved.
     */
    private static String moveAsideIfNotAFolder(Path indexDir) {
        if (!Files.exists(indexDir, java.nio.file.LinkOption.NOFOLLOW_LINKS) || Files.isDirectory(indexDir)) return null;
        Path aside = indexDir.resolveSibling(INDEX_FOLDER + ".not-a-folder-" + System.currentTimeMillis());
        try {
            Files.move(indexDir, aside);
        } catch (IOException e) {
            throw new StorageException("The search index " + indexDir + " is not a folder and cannot be moved aside: "
                    + e.getMessage(), e);
        }
        return "The search index " + indexDir + " was not a folder; it was moved aside to " + aside.getFileName()
                + " and the index is rebuilt from the archive.";
    }

    private void noticeRefusedArticles() {
        var refused = sync.refusedArticles();
        if (refused.isEmpty()) return;
        StringBuilder sb = new StringBuilder().append(refused.size())
                .append(" article(s) could not be indexed and are not found by searches ('kliping check' lists them): ");
        int shown = 0;
        for (var e : refused.entrySet()) {
            if (shown++ == 5) {
                sb.append("; ...");
                break;
            }
            sb.append(shown > 1 ? "; " : "").append('#').append(e.getKey()).append(": ").append(e.getValue());
        }
        notices.add(sb.toString());
    }

    /** What opening found and did that the user should be told (one sentence each); empty when nothing. */
    public List<String> notices() {
        return List.copyOf(notices);
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

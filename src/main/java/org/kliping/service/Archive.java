package org.kliping.service;

import org.kliping.domain.ArchiveUnavailableException;
import org.kliping.domain.ArchiveUnavailableException.Reason;
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
    private boolean readOnly;
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
            throw new ArchiveUnavailableException(dir, Reason.UNREADABLE, "Cannot create the archive folder " + dir + ": "
                    + systemReason(e), e);
        }
        return openHolding(dir, ArchiveLock.acquire(dir), created, false, progress);
    }

    /** How a command opens the archive. */
    public enum Mode {
        /** Takes the writer's lock; refused (exit 3) when another Kliping holds it. */
        WRITE,
        /**
         * For commands that only read: as {@link #WRITE} when the archive is free (the index then catches up as
         * usual); when another Kliping holds it, or the folder or medium cannot be written, read-only on the last
         * committed state instead ({@link #openReadOnly}), with a notice.
         */
        READ,
        /**
         * As {@link #WRITE}, for {@code check --repair}: an archive whose stored originals or bodies no longer match
         * their checksums is opened all the same (a write open refuses it), so it can be repaired.
         */
        REPAIR
    }

    /** Opens the archive in {@code dir} for a command that writes ({@link Mode#WRITE}) or only reads. */
    public static Archive open(Path dir, Mode mode, ProgressListener progress) {
        if (mode == Mode.WRITE) return open(dir, progress);
        if (mode == Mode.REPAIR) {
            boolean created = !Files.exists(dir.resolve(DATABASE_FILE));
            return openHolding(dir, ArchiveLock.acquire(dir), created, true, progress);
        }
        // no archive yet: the usual open creates it (kept so until reading commands stop creating archives)
        if (!Files.exists(dir.resolve(DATABASE_FILE))) return open(dir, progress);
        try {
            return open(dir, progress);
        } catch (ArchiveUnavailableException e) {
            if (e.reason() == Reason.DAMAGED) return openDamagedForReading(dir, e, progress);
            if (e.reason() != Reason.LOCKED && e.reason() != Reason.UNREADABLE) throw e;
            String why = e.reason() == Reason.LOCKED ? "another Kliping (window or command) has it open"
                    : "it cannot be written (" + e.getMessage() + ")";
            return openReadOnly(dir, why, progress);
        }
    }

    /**
     * A command that only reads still reads what it can of a damaged archive: read-only, with the damage told. When
     * even that fails (the file is no database at all), the damage found by the write open is what the user hears.
     */
    private static Archive openDamagedForReading(Path dir, ArchiveUnavailableException damage, ProgressListener progress) {
        try {
            return openReadOnly(dir, "its database is damaged (" + damageDetail(damage.getMessage())
                    + "; 'kliping check' lists the damage, 'kliping restore' restores a backup)", progress);
        } catch (RuntimeException e) {
            damage.addSuppressed(e);
            throw damage;
        }
    }

    /**
     * Opens the archive read-only: no lock, nothing written to the folder (no migration, no index catch-up, no
     * clean-close record), as another process may be writing it (SQLite's WAL lets readers see its last commit) or
     * the medium may be read-only. Searches use the index's last commit; when the index on disk cannot be used it
     * is built in memory for this run. Anything that would write fails; commands that write open with
     * {@link Mode#WRITE} and are refused before that.
     */
    public static Archive openReadOnly(Path dir, String why, ProgressListener progress) {
        Path dbFile = dir.resolve(DATABASE_FILE);
        Database db = Database.openReadOnly(dbFile);
        try {
            if (!db.hasCurrentSchema()) {
                throw new ArchiveUnavailableException(dir, Reason.UNREADABLE, "The archive " + dir
                        + " was written by an older Kliping and must be upgraded, which a read-only open cannot do ("
                        + why + "); open it once where it can be written.", null);
            }
            ArticleStore articles = new ArticleStore(db);
            Path indexDir = dir.resolve(INDEX_FOLDER);
            var onDisk = ArticleIndex.openReadOnly(indexDir, SearchSettings.defaults(), articles::bodies);
            if (onDisk.isPresent() && onDisk.get().appliedSequence() > articles.currentSequence()) {
                onDisk.get().close(); // ahead of an older database copied back: built in memory instead
                onDisk = java.util.Optional.empty();
            }
            ArticleIndex index = onDisk.orElseGet(() -> ArticleIndex.openInMemory(indexDir, SearchSettings.defaults(), articles::bodies));
            Archive archive = new Archive(dir, false, null, db, articles, index);
            archive.readOnly = true;
            archive.services.stories().readOnly();
            archive.notices.add("The archive " + dir + " is open read-only because " + why
                    + ": this shows its last saved state, and commands that change it are refused.");
            if (onDisk.isEmpty()) {
                archive.notices.add("The search index cannot be used read-only; it was built in memory for this command.");
                archive.sync.rebuild(progress);
                archive.noticeRefusedArticles();
            } else {
                long lag = archive.sync.lagBehindStore();
                if (lag > 0) {
                    archive.notices.add("The search index lags " + lag + " change(s) behind the archive; searches may miss"
                            + " them until Kliping opens the archive for writing.");
                }
            }
            return archive;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** What a damage message says is wrong, without the file's name and the advice around it. */
    private static String damageDetail(String message) {
        String m = message == null ? "" : message;
        int at = m.indexOf("is damaged");
        if (at >= 0) m = m.substring(at + "is damaged".length()).replaceFirst("^[:(\\s]+", "");
        for (String end : new String[] {"; nothing was written", "); it was not modified", "). Restore"}) {
            int e = m.indexOf(end);
            if (e >= 0) m = m.substring(0, e);
        }
        return m.strip();
    }

    /** The system's reason for a file failure, as "Permission denied (path)", "Read-only file system (path)". */
    static String systemReason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException a) return "Permission denied (" + a.getFile() + ")";
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason() + " (" + f.getFile() + ")";
        }
        return e.toString();
    }

    /** True when this archive was opened read-only ({@link #openReadOnly}). */
    public boolean isReadOnly() {
        return readOnly;
    }

    /** Opens the archive in {@code dir} whose lock the caller already holds (a restore); the lock is the archive's now. */
    static Archive openHolding(Path dir, ArchiveLock lock, ProgressListener progress) {
        return openHolding(dir, lock, false, false, progress);
    }

    /** @param damageAllowed open even when stored originals or bodies no longer match their checksums ({@link Mode#REPAIR}) */
    private static Archive openHolding(Path dir, ArchiveLock lock, boolean created, boolean damageAllowed,
                                       ProgressListener progress) {
        Database db = null;
        try {
            TempFiles.removeLeftovers(dir, DATABASE_FILE);
            Path dbFile = dir.resolve(DATABASE_FILE);
            CleanClose.Unchanged unchanged = CleanClose.consume(dir, dbFile, dir.resolve(INDEX_FOLDER));
            db = Database.open(dbFile, !unchanged.database());
            // SQLite's quick_check sees the pages' structure, not their content: a byte changed inside an original or
            // a body is found by the checksums written beside them, read whole under the same condition
            if (!unchanged.database() && !created && !damageAllowed) StoredContentCheck.refuseWritingIfDamaged(dbFile, db);
            ArticleStore articles = new ArticleStore(db);
            // snippets, feedback and related articles read bodies from the store: the index keeps no copy
            String movedAside = moveAsideIfNotAFolder(dir.resolve(INDEX_FOLDER));
            requireWritableIndexFolder(dir.resolve(INDEX_FOLDER));
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

    /**
     * An index folder that cannot be written would let an import store articles and fail afterwards: found out here,
     * before anything is written, by creating and removing a file in it.
     */
    private static void requireWritableIndexFolder(Path indexDir) {
        if (!Files.isDirectory(indexDir)) return; // created by the index, in a folder already shown writable
        Path probe = indexDir.resolve(".kliping-write-probe-" + ProcessHandle.current().pid());
        try {
            Files.deleteIfExists(probe);
            Files.createFile(probe);
            Files.delete(probe);
        } catch (IOException e) {
            throw new ArchiveUnavailableException(indexDir, Reason.UNREADABLE, "The search index " + indexDir
                    + " cannot be written: " + systemReason(e) + "; nothing was changed.", e);
        }
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
                if (!readOnly) CleanClose.record(dir, dir.resolve(DATABASE_FILE), dir.resolve(INDEX_FOLDER));
            } finally {
                if (lock != null) lock.close();
            }
        }
    }
}

package org.kliping.service;

import org.kliping.domain.ArchiveUnavailableException;
import org.kliping.domain.InvalidInputException;
import org.kliping.domain.ProgressListener;
import org.kliping.domain.StorageException;
import org.kliping.ingest.TempFiles;
import org.kliping.store.ArticleStore;
import org.kliping.store.Database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Backup and restore of the truth (the SQLite database; the index is derived). A backup is a consistent
 * snapshot taken through SQLite's {@code VACUUM INTO} on a read-only connection, so it works while the
 * window holds the archive; it is never written inside an archive folder. A restore takes the archive's lock
 * before it looks at the folder, and goes into a new archive only, never over one that has articles.
 */
public final class BackupService {

    private BackupService() {
    }

    /** Writes a snapshot of the archive's database to {@code target}; returns the number of articles in it. */
    public static long backup(Path archiveDir, Path target) {
        Path source = archiveDir.resolve(Archive.DATABASE_FILE);
        if (!Files.isRegularFile(source)) throw new InvalidInputException("there is no archive at " + archiveDir);
        OutputTargets.refuseInsideArchive(archiveDir, target, "backup");
        if (Files.isDirectory(target)) throw new InvalidInputException("cannot write the backup to " + target + ": it is a folder");
        Path dir = target.toAbsolutePath().getParent();
        Path tmp;
        try {
            Files.createDirectories(dir);
            TempFiles.removeLeftovers(dir, target.getFileName().toString());
            tmp = TempFiles.name(dir, target.getFileName().toString());
        } catch (IOException e) {
            throw new StorageException("Cannot write the backup " + target + ": " + e.getMessage(), e);
        }
        try {
            try (Database db = Database.openReadOnly(source)) {
                try {
                    db.backupTo(tmp);
                } catch (StorageException e) {
                    // the snapshot is read from the archive and written to the backup: a full disk or a write error
                    // is the backup's, never the archive's
                    throw new StorageException("Cannot write the backup " + target + ": " + reason(e)
                            + " (the archive " + archiveDir + " was only read and is unchanged)", e);
                }
            }
            long count;
            try (Database copy = Database.openReadOnly(tmp)) {
                String integrity = copy.integrityCheck();
                if (!"ok".equals(integrity)) throw new StorageException("the backup " + target + " failed its check: " + integrity, null);
                count = new ArticleStore(copy).count();
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return count;
        } catch (IOException e) {
            throw new StorageException("Cannot write the backup " + target + ": " + e.getMessage(), e);
        } finally {
            TempFiles.deleteWithJournal(tmp);
        }
    }

    private static String reason(StorageException e) {
        Throwable root = e.getCause() != null ? e.getCause() : e;
        String m = root.getMessage() == null ? e.getMessage() : root.getMessage();
        if (m != null && (m.contains("SQLITE_FULL") || m.contains("disk is full"))) return "the disk is full";
        return m;
    }

    /** {@link #restore(Path, Path, ProgressListener)} without progress. */
    public static long restore(Path backup, Path archiveDir) {
        return restore(backup, archiveDir, ProgressListener.NONE);
    }

    /**
     * Restores a backup into {@code archiveDir}, which must not hold articles yet. The backup is checked
     * first (a SQLite database of a version this Kliping can read, integrity ok); then the archive's lock is
     * taken, and held while the folder is checked, the database put in place and the index rebuilt, so no other
     * Kliping can create or fill the archive in between. Returns the article count.
     */
    public static long restore(Path backup, Path archiveDir, ProgressListener progress) {
        if (!Files.isRegularFile(backup)) throw new InvalidInputException("no backup file at " + backup);
        try (Database db = Database.openReadOnly(backup)) {
            String integrity = db.integrityCheck();
            if (!"ok".equals(integrity)) {
                throw new ArchiveUnavailableException(backup, ArchiveUnavailableException.Reason.DAMAGED,
                        "the backup " + backup + " is damaged: " + integrity, null);
            }
        }
        try {
            Files.createDirectories(archiveDir);
        } catch (IOException e) {
            throw new StorageException("Cannot create the archive folder " + archiveDir + ": " + e.getMessage(), e);
        }
        ArchiveLock lock = ArchiveLock.acquire(archiveDir);
        try {
            Path target = archiveDir.resolve(Archive.DATABASE_FILE);
            if (Files.exists(target)) {
                try (Database existing = Database.openReadOnly(target)) {
                    if (new ArticleStore(existing).count() > 0) {
                        throw new InvalidInputException("the archive " + archiveDir
                                + " already holds articles; restore into a new, empty archive folder (--archive DIR)");
                    }
                }
            }
            TempFiles.removeLeftovers(archiveDir, Archive.DATABASE_FILE);
            Path tmp = TempFiles.name(archiveDir, Archive.DATABASE_FILE);
            try {
                Files.copy(backup, tmp, StandardCopyOption.REPLACE_EXISTING);
                for (String suffix : new String[] {"-wal", "-shm"}) Files.deleteIfExists(archiveDir.resolve(Archive.DATABASE_FILE + suffix));
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                deleteTree(archiveDir.resolve(Archive.INDEX_FOLDER));
                Files.deleteIfExists(archiveDir.resolve(CleanClose.FILE));
            } finally {
                TempFiles.deleteWithJournal(tmp);
            }
        } catch (IOException e) {
            lock.close();
            throw new StorageException("Cannot restore into " + archiveDir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
        try (Archive restored = Archive.openHolding(archiveDir, lock, progress)) {
            return restored.services().articles().count();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}

package org.kliping.service;

import org.kliping.domain.ArchiveUnavailableException;
import org.kliping.domain.InvalidInputException;
import org.kliping.domain.StorageException;
import org.kliping.store.ArticleStore;
import org.kliping.store.Database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Backup and restore of the truth (the SQLite database; the index is derived). A backup is a consistent
 * snapshot taken through SQLite's {@code VACUUM INTO} on a read-only connection, so it works while the
 * window holds the archive. A restore goes into a new archive only, never over one that has articles.
 */
public final class BackupService {

    private BackupService() {
    }

    /** Writes a snapshot of the archive's database to {@code target}; returns the number of articles in it. */
    public static long backup(Path archiveDir, Path target) {
        Path source = archiveDir.resolve(Archive.DATABASE_FILE);
        if (!Files.isRegularFile(source)) throw new InvalidInputException("there is no archive at " + archiveDir);
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = dir.resolve("." + target.getFileName() + ".tmp");
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(tmp);
            try (Database db = Database.openReadOnly(source)) {
                db.backupTo(tmp);
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
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a leftover temporary file is harmless and named as such
            }
        }
    }

    /**
     * Restores a backup into {@code archiveDir}, which must not hold articles yet. The backup is checked
     * first (a SQLite database of a version this Kliping can read, integrity ok). Returns the article count.
     */
    public static long restore(Path backup, Path archiveDir) {
        if (!Files.isRegularFile(backup)) throw new InvalidInputException("no backup file at " + backup);
        long count;
        try (Database db = Database.openReadOnly(backup)) {
            String integrity = db.integrityCheck();
            if (!"ok".equals(integrity)) {
                throw new ArchiveUnavailableException(backup, ArchiveUnavailableException.Reason.DAMAGED,
                        "the backup " + backup + " is damaged: " + integrity, null);
            }
            count = new ArticleStore(db).count();
        }
        Path target = archiveDir.resolve(Archive.DATABASE_FILE);
        if (Files.exists(target)) {
            try (Archive existing = Archive.open(archiveDir, org.kliping.domain.ProgressListener.NONE)) {
                if (existing.services().articles().count() > 0) {
                    throw new InvalidInputException("the archive " + archiveDir
                            + " already holds articles; restore into a new, empty archive folder (--archive DIR)");
                }
            }
        }
        try {
            Files.createDirectories(archiveDir);
            Path tmp = archiveDir.resolve(".restore.tmp");
            Files.copy(backup, tmp, StandardCopyOption.REPLACE_EXISTING);
            for (String suffix : new String[] {"-wal", "-shm"}) Files.deleteIfExists(archiveDir.resolve(Archive.DATABASE_FILE + suffix));
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(archiveDir.resolve(Archive.INDEX_FOLDER));
        } catch (IOException e) {
            throw new StorageException("Cannot restore into " + archiveDir + ": " + e.getMessage(), e);
        }
        return count;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}

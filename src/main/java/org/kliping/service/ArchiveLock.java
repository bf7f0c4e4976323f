package org.kliping.service;

import org.kliping.domain.ArchiveUnavailableException;
import org.kliping.domain.ArchiveUnavailableException.Reason;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One writer per archive: an OS file lock on {@code archive.lock}, held while the archive is open.
 * The OS releases it when the process dies, so a crash never leaves a stale lock.
 */
final class ArchiveLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private ArchiveLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static ArchiveLock acquire(Path archiveDir) {
        Path file = archiveDir.resolve("archive.lock");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) throw locked(archiveDir, null);
            return new ArchiveLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw locked(archiveDir, e);
        } catch (IOException e) {
            closeQuietly(channel);
            // a read-only folder or medium, or a lock file that is not ours to write: not damage, but the archive
            // cannot be opened for writing (exit 3, with the system's reason)
            throw new ArchiveUnavailableException(archiveDir, Reason.UNREADABLE, "The archive " + archiveDir
                    + " cannot be opened for writing: " + Archive.systemReason(e) + ".", e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static ArchiveUnavailableException locked(Path dir, Throwable cause) {
        return new ArchiveUnavailableException(dir, Reason.LOCKED, "The archive " + dir
                + " is in use by another Kliping (window or command); close it and try again.", cause);
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel close below releases it as well
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel c) {
        if (c == null) return;
        try {
            c.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}

package org.kliping.cli;

import org.kliping.service.Archive;
import org.kliping.service.ArchiveLocation;
import org.kliping.service.Services;

import java.nio.file.Path;

/** Base of every command that works on an open archive: opens it (taking the writer's lock), runs, closes it. */
abstract class ArchiveCommand extends FolderCommand {

    @Override
    public final Integer call() throws Exception {
        Path dir = archiveDir();
        if (!createsArchive()) ArchiveLocation.requireArchive(dir);
        try (Archive archive = Archive.open(dir, mode(), new StderrProgress(err()))) {
            for (String notice : archive.notices()) err().println("note: " + Terminal.line(notice));
            err().flush();
            return run(archive.services());
        }
    }

    abstract int run(Services services) throws Exception;

    /** Commands that add articles create the archive when the folder holds none; the others refuse (exit 3). */
    boolean createsArchive() {
        return false;
    }

    /**
     * {@link Archive.Mode#WRITE} for a command that changes the archive (refused, exit 3, while another Kliping holds
     * it); a command that only reads returns {@link Archive.Mode#READ} and then also works while the window is open,
     * or on a read-only medium, on the last committed state.
     */
    Archive.Mode mode() {
        return Archive.Mode.WRITE;
    }

    /**
     * After a bulk write: merges the index into one segment when it is fragmented (faster searches from the
     * next command on). The window does this in the background; a command's process ends too soon for that.
     */
    void mergeIndex(Services services) {
        if (Cli.stopRequested()) return; // told to end: the next open finds the index fragmented, not wrong
        long started = System.nanoTime();
        if (services.search().mergeIndex()) {
            err().printf("merged the search index into one segment in %.1f s%n", (System.nanoTime() - started) / 1e9);
            err().flush();
        }
    }
}

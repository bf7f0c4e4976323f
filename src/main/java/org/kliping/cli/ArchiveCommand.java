package org.kliping.cli;

import org.kliping.service.Archive;
import org.kliping.service.Services;

/** Base of every command that works on an open archive: opens it (taking the writer's lock), runs, closes it. */
abstract class ArchiveCommand extends FolderCommand {

    @Override
    public final Integer call() throws Exception {
        try (Archive archive = Archive.open(archiveDir(), new StderrProgress(err()))) {
            return run(archive.services());
        }
    }

    abstract int run(Services services) throws Exception;
}

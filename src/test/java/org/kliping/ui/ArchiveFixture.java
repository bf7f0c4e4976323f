package org.kliping.ui;

import org.kliping.domain.ProgressListener;
import org.kliping.service.Archive;
import org.kliping.service.ImportListener;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A real archive in a test folder with the five seed articles imported. */
final class ArchiveFixture {

    private ArchiveFixture() {
    }

    static Archive withSeeds(Path dir) throws Exception {
        Archive archive = Archive.open(dir.resolve("archive"), ProgressListener.NONE);
        archive.services().imports().importBundledSeeds(ImportListener.NONE);
        return archive;
    }
}

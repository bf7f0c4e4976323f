package org.kliping.ui.common;

import org.kliping.ui.list.*;
import org.kliping.ui.reader.*;
import org.kliping.ui.sidebar.*;
import org.kliping.ui.stories.*;
import org.kliping.ui.transfer.*;
import org.kliping.ui.shell.*;


import org.kliping.domain.ProgressListener;
import org.kliping.service.Archive;
import org.kliping.service.ImportListener;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A real archive in a test folder with the five seed articles imported. */
public final class ArchiveFixture {

    private ArchiveFixture() {
    }

    public static Archive withSeeds(Path dir) throws Exception {
        Archive archive = Archive.open(dir.resolve("archive"), ProgressListener.NONE);
        archive.services().imports().importBundledSeeds(ImportListener.NONE);
        return archive;
    }
}

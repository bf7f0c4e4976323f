package org.kliping.ui.shell;

import org.kliping.ui.common.*;
import org.kliping.ui.list.*;
import org.kliping.ui.reader.*;
import org.kliping.ui.sidebar.*;
import org.kliping.ui.stories.*;
import org.kliping.ui.transfer.*;

import org.kliping.domain.ProgressListener;
import org.kliping.service.Archive;
import org.kliping.service.ImportListener;
import org.kliping.service.ImportReport;

import java.nio.file.Path;

/**
 * The open archive and the window settings stored beside it. Opening a new archive imports the bundled
 * sample articles; an archive the user emptied later stays empty.
 */
public record Session(Archive archive, UiPreferences preferences, ImportReport seedImport) {

    /** Opens (or creates) the archive in {@code dir}; runs in the background (index catch-up, seed import). */
    public static Session open(Path dir, ProgressListener progress) {
        Archive archive = Archive.open(dir, progress);
        try {
            UiPreferences prefs = UiPreferences.load(dir);
            ImportReport seeds = archive.wasCreated() ? importSeeds(archive) : null;
            return new Session(archive, prefs, seeds);
        } catch (RuntimeException e) {
            archive.close();
            throw e;
        }
    }

    private static ImportReport importSeeds(Archive archive) {
        return archive.services().imports().importBundledSeeds(ImportListener.NONE);
    }
}

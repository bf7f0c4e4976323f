package org.kliping.ui;

import org.kliping.domain.ProgressListener;
import org.kliping.service.Archive;
import org.kliping.service.ImportListener;
import org.kliping.service.ImportReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

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
        Path tmp;
        try {
            tmp = Files.createTempDirectory("kliping-seeds");
        } catch (IOException e) {
            throw new org.kliping.domain.StorageException("Cannot make a temporary folder for the samples: " + e.getMessage(), e);
        }
        try {
            List<Path> files = BundledSeeds.extractTo(tmp);
            return files.isEmpty() ? null : archive.services().imports().importPaths(files, ImportListener.NONE);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /** The temporary copies are worth nothing once imported; a leftover in /tmp is harmless. */
    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            dir.toFile().deleteOnExit();
        }
    }
}

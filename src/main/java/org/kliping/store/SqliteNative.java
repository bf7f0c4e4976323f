package org.kliping.store;

import org.sqlite.util.OSInfo;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Points sqlite-jdbc at its native library where the build unpacked it, beside the driver's jar
 * ({@code lib/sqlite-native/<OS>/<arch>/}). Otherwise the driver copies the library (1 MB) out of its jar
 * to a temporary file and compares the two on every start, CPU spent before the archive opens.
 * Nothing changes when the folder is not there (tests, another layout): the driver then unpacks as before.
 */
final class SqliteNative {
    static final String LIBRARY_PATH = "org.sqlite.lib.path";
    static final String FOLDER = "sqlite-native";

    private static boolean done;

    private SqliteNative() {
    }

    /** Before the first connection; once per process. */
    static synchronized void useUnpackedLibrary() {
        if (done) return;
        done = true;
        if (System.getProperty(LIBRARY_PATH) != null) return;
        Path folder = unpackedFolder();
        if (folder != null) System.setProperty(LIBRARY_PATH, folder.toString());
    }

    /** The folder holding this platform's library, when it is there. */
    static Path unpackedFolder() {
        try {
            var source = org.sqlite.JDBC.class.getProtectionDomain().getCodeSource();
            if (source == null) return null;
            Path jar = Path.of(source.getLocation().toURI());
            if (!Files.isRegularFile(jar)) return null;
            Path folder = jar.resolveSibling(FOLDER).resolve(OSInfo.getNativeLibFolderPathForCurrentOS());
            String name = System.mapLibraryName("sqlitejdbc");
            return Files.isRegularFile(folder.resolve(name)) ? folder : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null; // the driver unpacks its library itself
        }
    }
}

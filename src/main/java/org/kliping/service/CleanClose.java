package org.kliping.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Remembers that the database was closed cleanly, and how it looked then (size and modification time),
 * so the next open can skip SQLite's page-by-page {@code quick_check}: seconds on a large archive. Opening
 * consumes the mark, so a crash, or any change to the file while Kliping was not running, means a check.
 */
final class CleanClose {

    static final String FILE = "clean-close";

    private CleanClose() {
    }

    /** True when the database is exactly as the last clean close left it; removes the mark either way. */
    static boolean consume(Path archiveDir, Path database) {
        Path mark = archiveDir.resolve(FILE);
        try {
            if (!Files.exists(mark)) return false;
            String expected = Files.readString(mark, StandardCharsets.UTF_8).strip();
            Files.delete(mark);
            return Files.exists(database) && expected.equals(fingerprint(database))
                    && !Files.exists(database.resolveSibling(database.getFileName() + "-wal"));
        } catch (IOException e) {
            return false;
        }
    }

    /** Records the closed database's fingerprint; a failure only costs a check at the next open. */
    static void record(Path archiveDir, Path database) {
        try {
            Files.writeString(archiveDir.resolve(FILE), fingerprint(database), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // the next open verifies the database instead
        }
    }

    private static String fingerprint(Path database) throws IOException {
        return Files.size(database) + " " + Files.getLastModifiedTime(database).toMillis();
    }
}

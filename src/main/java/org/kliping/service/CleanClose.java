package org.kliping.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Remembers that the archive was closed cleanly, and how its files looked then (size and modification time of
 * the database and of every index file), so the next open can skip the checks that read them whole: SQLite's
 * page-by-page {@code quick_check} (seconds on a large archive) and the index files' checksums (a noticeable part of the window's start-up,
 * in a JVM that has not compiled the checksum loop yet). Opening consumes
 * the mark, so a crash, or any change to a file while Kliping was not running, means a check.
 */
final class CleanClose {

    static final String FILE = "clean-close";

    private CleanClose() {
    }

    /** Which parts are exactly as the last clean close left them (and need no check). */
    record Unchanged(boolean database, boolean index) {
        static final Unchanged NOTHING = new Unchanged(false, false);
    }

    /** What is exactly as the last clean close left it ({@code indexDir} null: the database alone); removes the mark either way. */
    static Unchanged consume(Path archiveDir, Path database, Path indexDir) {
        Path mark = archiveDir.resolve(FILE);
        try {
            if (!Files.exists(mark)) return Unchanged.NOTHING;
            List<String> expected = Files.readAllLines(mark, StandardCharsets.UTF_8);
            Files.delete(mark);
            boolean db = !expected.isEmpty() && Files.exists(database) && expected.get(0).strip().equals(fingerprint(database))
                    && !Files.exists(database.resolveSibling(database.getFileName() + "-wal"));
            boolean index = indexDir != null && expected.size() > 1 && Files.isDirectory(indexDir)
                    && expected.get(1).strip().equals(indexFingerprint(indexDir));
            return new Unchanged(db, index);
        } catch (IOException | java.io.UncheckedIOException e) {
            return Unchanged.NOTHING;
        }
    }

    /** Records the closed database's and index's ({@code indexDir} null: none) fingerprints; a failure only costs checks at the next open. */
    static void record(Path archiveDir, Path database, Path indexDir) {
        try {
            String text = fingerprint(database) + (indexDir == null ? "" : "\n" + indexFingerprint(indexDir));
            Files.writeString(archiveDir.resolve(FILE), text, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            // the next open verifies the database instead
        }
    }

    /** Every index file's name, size and modification time (the write lock aside, which every open touches). */
    private static String indexFingerprint(Path indexDir) throws IOException {
        List<String> parts = new ArrayList<>();
        try (Stream<Path> files = Files.list(indexDir)) {
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                String name = f.getFileName().toString();
                if (name.equals("write.lock") || !Files.isRegularFile(f)) continue;
                parts.add(name + ":" + Files.size(f) + ":" + Files.getLastModifiedTime(f).toMillis());
            }
        }
        return parts.isEmpty() ? "empty" : String.join(" ", parts);
    }

    private static String fingerprint(Path database) throws IOException {
        return Files.size(database) + " " + Files.getLastModifiedTime(database).toMillis();
    }
}

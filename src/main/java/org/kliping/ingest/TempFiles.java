package org.kliping.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * Temporary files beside a target, named per process: {@code .<target>.<pid>-<random>.tmp}. Two processes
 * writing one target never share a name, and a file left by a process that was killed (its pid no longer
 * running) is removed by the next write to the same target ({@link #removeLeftovers}).
 */
public final class TempFiles {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SUFFIX = ".tmp";

    private TempFiles() {
    }

    /** A fresh name (the file is not created) for a temporary file of {@code targetName} in {@code folder}. */
    public static Path name(Path folder, String targetName) {
        return folder.resolve(prefix(targetName) + ProcessHandle.current().pid() + "-"
                + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE) + SUFFIX);
    }

    private static String prefix(String targetName) {
        return "." + targetName + ".";
    }

    /**
     * Deletes the temporary files of {@code targetName} in {@code folder} (and SQLite's {@code -journal} beside
     * them) whose process is no longer running. Best effort: a file that cannot be removed is left.
     */
    public static void removeLeftovers(Path folder, String targetName) {
        String prefix = prefix(targetName);
        if (!Files.isDirectory(folder)) return;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && (n.endsWith(SUFFIX) || n.endsWith(SUFFIX + "-journal"));
        })) {
            for (Path p : files) {
                String n = p.getFileName().toString();
                String middle = n.substring(prefix.length());
                int dash = middle.indexOf('-');
                if (dash <= 0) continue;
                long pid;
                try {
                    pid = Long.parseLong(middle.substring(0, dash));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) continue;
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // left for a later attempt
                }
            }
        } catch (IOException ignored) {
            // an unreadable folder: the write itself reports it
        }
    }

    /** Deletes a temporary file and the journal SQLite may have left beside it; quietly. */
    public static void deleteWithJournal(Path tmp) {
        if (tmp == null) return;
        for (Path p : new Path[] {tmp, tmp.resolveSibling(tmp.getFileName() + "-journal")}) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a leftover is named as temporary and removed by the next write to the same target
            }
        }
    }
}

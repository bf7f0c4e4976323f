package org.kliping.service;

import org.kliping.domain.InvalidInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where an export or a backup may be written: never into an archive folder (this one or another), where a file
 * moved into place could replace a live {@code kliping.db}, its write-ahead log, the index or the lock.
 */
public final class OutputTargets {

    private OutputTargets() {
    }

    /**
     * Refuses (exit 2) a target inside the archive folder {@code archiveDir}, or inside any folder that holds an
     * archive (a {@code kliping.db} or {@code archive.lock}), or named like an archive's database; symbolic links
     * are followed, so a link into the archive is refused as well.
     */
    public static void refuseInsideArchive(Path archiveDir, Path target, String what) {
        Path resolved = real(target.toAbsolutePath().normalize());
        Path archive = real(archiveDir.toAbsolutePath().normalize());
        String name = resolved.getFileName() == null ? "" : resolved.getFileName().toString();
        if (name.startsWith(Archive.DATABASE_FILE) || name.equals("archive.lock")) {
            throw refused(target, what, "it is named like an archive's database or lock (" + name + ")");
        }
        if (resolved.startsWith(archive)) {
            throw refused(target, what, "it is inside the archive folder " + archiveDir);
        }
        for (Path p = resolved.getParent(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(Archive.DATABASE_FILE)) || Files.exists(p.resolve("archive.lock"))) {
                throw refused(target, what, "it is inside the archive folder " + p);
            }
        }
    }

    private static InvalidInputException refused(Path target, String what, String why) {
        return new InvalidInputException("cannot write the " + what + " to " + target + ": " + why
                + "; choose a file outside any archive folder");
    }

    /** The real path of the longest existing prefix of {@code p}, with the rest appended (p need not exist yet). */
    static Path real(Path p) {
        Path existing = p;
        Path rest = null;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            Path name = existing.getFileName();
            rest = rest == null ? name : name.resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) return p;
        try {
            Path r = existing.toRealPath();
            return rest == null ? r : r.resolve(rest);
        } catch (IOException e) {
            return p;
        }
    }
}

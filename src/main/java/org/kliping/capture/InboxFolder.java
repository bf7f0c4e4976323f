package org.kliping.capture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A folder files are saved into (a browser's "Save page as...") to be imported: {@link #poll()} hands over the files
 * that stopped growing (same size and time at two polls in a row), and each is then moved to {@code imported/} or
 * to {@code rejected/} with a {@code .reason.txt} beside it. Partial downloads and hidden files are left alone.
 */
public final class InboxFolder {
    public static final String IMPORTED = "imported";
    public static final String REJECTED = "rejected";
    /** Names browsers give a download in progress. */
    private static final List<String> PARTIAL = List.of(".crdownload", ".part", ".partial", ".download", ".tmp", ".reason.txt");

    private record Seen(long size, FileTime modified) {
    }

    private final Path dir;
    private final Map<Path, Seen> seen = new HashMap<>();

    public InboxFolder(Path dir) {
        if (!Files.isDirectory(dir)) throw new CaptureException(dir.toString(), "not a folder");
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** The files that were there at the last poll, unchanged since: ready to import. */
    public List<Path> poll() {
        List<Path> ready = new ArrayList<>();
        Map<Path, Seen> now = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                if (!Files.isRegularFile(f) || ignored(f)) continue;
                Seen s;
                try {
                    s = new Seen(Files.size(f), Files.getLastModifiedTime(f));
                } catch (IOException vanished) {
                    continue;
                }
                now.put(f, s);
                if (s.size() > 0 && s.equals(seen.get(f))) ready.add(f);
            }
        } catch (IOException e) {
            throw new CaptureException(dir.toString(), "cannot read the folder: " + e.getMessage(), e);
        }
        seen.clear();
        seen.putAll(now);
        ready.forEach(seen::remove); // handed over: a file put back under the same name is new
        return ready;
    }

    private static boolean ignored(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith(".") || name.startsWith("~$")) return true;
        for (String suffix : PARTIAL) {
            if (name.endsWith(suffix)) return true;
        }
        return false;
    }

    /** Moves an imported file to {@code imported/}; returns where it went. */
    public Path moveToImported(Path file) {
        return moveInto(file, IMPORTED);
    }

    /** Moves a rejected file to {@code rejected/} and writes the reason beside it as {@code NAME.reason.txt}. */
    public Path moveToRejected(Path file, String reason) {
        Path moved = moveInto(file, REJECTED);
        try {
            Files.writeString(moved.resolveSibling(moved.getFileName() + ".reason.txt"), reason + System.lineSeparator(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CaptureException(moved.toString(), "cannot write the reason beside it: " + e.getMessage(), e);
        }
        return moved;
    }

    private Path moveInto(Path file, String folder) {
        try {
            Path target = Files.createDirectories(dir.resolve(folder));
            String name = file.getFileName().toString();
            for (int n = 1; ; n++) {
                Path to = target.resolve(n == 1 ? name : numbered(name, n));
                if (Files.exists(to)) continue; // a file of that name was moved there before: keep both
                try {
                    return Files.move(file, to); // never replaces: a rename (atomic on one disk) would
                } catch (FileAlreadyExistsException taken) {
                    // taken in between: try the next number
                }
            }
        } catch (IOException e) {
            throw new CaptureException(file.toString(), "cannot move it to " + folder + "/: " + e.getMessage(), e);
        }
    }

    private static String numbered(String name, int n) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name + " (" + n + ")" : name.substring(0, dot) + " (" + n + ")" + name.substring(dot);
    }
}

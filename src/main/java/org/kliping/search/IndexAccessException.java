package org.kliping.search;

import java.nio.file.Path;

/** The index folder could not be read or written (disk error, locked by another process). */
public class IndexAccessException extends RuntimeException {
    private final Path directory;

    public IndexAccessException(Path directory, String what, Throwable cause) {
        super(what + " (index " + directory + "): " + cause.getMessage(), cause);
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}

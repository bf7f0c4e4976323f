package org.kliping.search;

import java.nio.file.Path;

/** The index folder could not be read or written (disk error, locked by another process). */
public class IndexAccessException extends RuntimeException {
    private final Path directory;

    public IndexAccessException(Path directory, String what, Throwable cause) {
        super(what + " (index " + directory + "): " + reason(cause), cause);
        this.directory = directory;
    }

    /**
     * What went wrong, in words: a writer that closed itself after an earlier failure (a full disk while
     * flushing) says only "this IndexWriter is closed"; the failure that closed it is its cause.
     */
    private static String reason(Throwable cause) {
        if (cause instanceof org.apache.lucene.store.AlreadyClosedException && cause.getCause() != null) {
            return "closed after an earlier error: " + cause.getCause().getMessage();
        }
        return cause.getMessage();
    }

    public Path directory() {
        return directory;
    }
}

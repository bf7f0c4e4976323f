package org.kliping.domain;

/** Reading or writing the archive failed (disk full, I/O error); what was committed before is intact. */
public final class StorageException extends KlipingException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}

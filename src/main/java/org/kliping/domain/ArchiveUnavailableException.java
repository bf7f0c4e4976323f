package org.kliping.domain;

import java.nio.file.Path;

/** The archive cannot be opened: another writer holds it, a newer version wrote it, or it is damaged. */
public final class ArchiveUnavailableException extends KlipingException {

    public enum Reason { LOCKED, NEWER_VERSION, DAMAGED }

    private final Path archive;
    private final Reason reason;

    public ArchiveUnavailableException(Path archive, Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.archive = archive;
        this.reason = reason;
    }

    public Path archive() {
        return archive;
    }

    public Reason reason() {
        return reason;
    }
}

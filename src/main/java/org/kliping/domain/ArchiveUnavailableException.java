package org.kliping.domain;

import java.nio.file.Path;

/**
 * The archive cannot be opened: another writer holds it, a newer version wrote it, it is damaged, the system refuses
 * access to it, or the folder holds none (for a command that only reads).
 */
public final class ArchiveUnavailableException extends KlipingException {

    /**
     * UNREADABLE: the system refused access (permissions, a read-only medium for writing); the reason is in the
     * message. MISSING: no archive in the folder, for a command that only reads.
     */
    public enum Reason { LOCKED, NEWER_VERSION, DAMAGED, UNREADABLE, MISSING }

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

package org.kliping.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Writing an export file failed; carries the file that was being written. */
public final class ExportException extends UncheckedIOException {

    private final transient Path target;

    public ExportException(Path target, IOException cause) {
        super("could not write " + target + ": " + cause.getMessage(), cause);
        this.target = target;
    }

    public Path target() {
        return target;
    }
}

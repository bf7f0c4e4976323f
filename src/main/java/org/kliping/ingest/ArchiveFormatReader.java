package org.kliping.ingest;

import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads Kliping's own JSON export (a {@code .json} whose top-level object has {@code "format": "kliping"}).
 * {@link ArticleReaders} detects such files and hands them over, so the plain readers never need to know
 * the export format; the composition root passes {@code KlipingJson::read}.
 */
public interface ArchiveFormatReader {
    void read(InputStream in, String location, Consumer<ReadOutcome> sink);
}

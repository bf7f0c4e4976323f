package org.kliping.ingest;

import org.kliping.domain.PaperText;

import java.util.List;

/**
 * Reads a PDF or a page image into articles' text; the service wires the paper package's reader here, so
 * ingest never sees PDFBox or the OCR engine. Rejections are {@link org.kliping.domain.InvalidInputException}s
 * whose message is the reason for the user.
 */
@FunctionalInterface
public interface PaperReading {
    /** @param splitPages one article per page (an e-paper PDF) instead of one per file */
    List<PaperText> read(byte[] bytes, String fileName, boolean splitPages);
}

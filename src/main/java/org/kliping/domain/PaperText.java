package org.kliping.domain;

import java.util.List;
import java.util.Objects;

/**
 * One article's text as read from paper, before the cleaning rules: paragraphs in reading order (columns
 * read one after the other, hyphenated words joined, running headers and page numbers left out) and the
 * headline, the largest type at the top, when there is one.
 *
 * @param headline   the headline, or null
 * @param paragraphs the paragraphs after the headline
 * @param scan       the media type, OCR details and word boxes
 */
public record PaperText(String headline, List<String> paragraphs, PaperScan scan) {
    public PaperText {
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(scan, "scan");
    }
}

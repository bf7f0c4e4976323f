package org.kliping.domain;

import java.util.List;
import java.util.Objects;

/**
 * What an article read from paper (an image or a PDF) keeps beside its text: the original's media type,
 * how the text was recognised (null for a PDF's text layer) and the words with their boxes on the page.
 *
 * @param mediaType the original's media type ({@code application/pdf}, {@code image/jpeg} ...)
 * @param ocr       how the text was recognised, or null when it was read from a text layer
 * @param dpi       units per inch of the word boxes: 72 for a PDF text layer (points), the rendering resolution
 *                  for a scanned PDF's pages, 0 for an image (pixels of the image as imported)
 * @param words     the words in reading order
 */
public record PaperScan(String mediaType, OcrInfo ocr, int dpi, List<WordBox> words) {
    public PaperScan {
        Objects.requireNonNull(mediaType, "mediaType");
        words = List.copyOf(words);
        if (dpi < 0) throw new IllegalArgumentException("dpi must not be negative: " + dpi);
    }

    public PaperScan withWords(List<WordBox> newWords) {
        return new PaperScan(mediaType, ocr, dpi, newWords);
    }
}

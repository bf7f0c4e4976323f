package org.kliping.domain;

import java.util.Objects;

/**
 * One word a page image shows, where it stands on the page and, once the article is assembled, where it
 * stands in the displayed body: a highlight in the text lights up these boxes on the image, a click on the
 * image finds {@code [start, end)} in the body.
 *
 * @param page       0-based page of the original (an image is page 0)
 * @param x          left edge in pixels of the page image the engine read (see {@link PaperScan#dpi})
 * @param y          top edge in pixels
 * @param width      width in pixels
 * @param height     height in pixels
 * @param text       the word as the engine read it (a hyphenated half keeps its hyphen)
 * @param confidence the engine's confidence, 0..100 (100 for a text layer)
 * @param start      offset of the word in the displayed body, or -1 when it is not in it (a dropped header)
 * @param end        end offset (exclusive) in the body, or -1
 */
public record WordBox(int page, int x, int y, int width, int height, String text, float confidence, int start, int end) {

    public WordBox {
        Objects.requireNonNull(text, "text");
        if (page < 0 || width < 0 || height < 0) throw new IllegalArgumentException("bad word box: " + text);
        if (start > end || (start < 0) != (end < 0)) throw new IllegalArgumentException("bad word span: " + start + ".." + end);
    }

    public WordBox at(int newStart, int newEnd) {
        return new WordBox(page, x, y, width, height, text, confidence, newStart, newEnd);
    }

    /** True when the engine was unsure of the word (the reader may mark it). */
    public boolean unsure() {
        return confidence < 60;
    }
}

package org.kliping.paper;

/**
 * One word an engine recognised, with the layout units it belongs to (the engine's block number on the page,
 * paragraph number in the block, line number in the paragraph) and its box in pixels of the image it was given.
 */
record OcrWord(int block, int paragraph, int line, int x, int y, int width, int height, float confidence, String text) {

    int bottom() {
        return y + height;
    }

    int right() {
        return x + width;
    }

    /** The line this word is on, unique within a page. */
    record LineKey(int block, int paragraph, int line) {
    }

    LineKey lineKey() {
        return new LineKey(block, paragraph, line);
    }
}

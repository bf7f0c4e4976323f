package org.kliping.paper;

import java.util.List;

/**
 * A line of words in reading order, from OCR or a PDF text layer.
 *
 * @param paragraph a key shared by the lines of one paragraph, in reading order
 * @param size      the type size (median word height in pixels, or the font size in points)
 * @param top       the line's top on the page
 * @param left      the line's left edge
 * @param words     the line's words as printed (a word broken at the line end keeps its hyphen)
 */
record TextLine(int page, long paragraph, float size, float top, float left, List<String> words) {

    String text() {
        return String.join(" ", words);
    }

    boolean endsHyphenated() {
        if (words.isEmpty()) return false;
        String last = words.get(words.size() - 1);
        return last.length() >= 3 && (last.endsWith("-") || last.endsWith("\u00AD"))
                && Character.isLetter(last.charAt(last.length() - 2));
    }

    boolean startsLowercase() {
        return !words.isEmpty() && !words.get(0).isEmpty() && Character.isLowerCase(words.get(0).charAt(0));
    }
}

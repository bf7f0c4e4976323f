package org.kliping.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word of a sentence with its offsets in the body. Hyphens and apostrophes inside a word keep it
 * whole ({@code Jong-un}, {@code sumber-sumber}); digits make their own words.
 */
record Word(String text, int start, int end) {
    /**
     * The words of {@code body} within {@code span}: the matches of
     * {@code [\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*}, found with a loop over
     * the code points (the regular expression was a tenth of a stories re-grouping, which reads every word of
     * 1,000 articles; {@code WordTest} holds it and compares the two).
     */
    static List<Word> in(String body, TextSpan span) {
        List<Word> out = new ArrayList<>();
        int end = span.end();
        int i = span.start();
        while (i < end) {
            int cp = body.codePointAt(i);
            if (!isLetterOrNumber(cp) || i + Character.charCount(cp) > end) { // (a pair cut by the span's end: no word)
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            i = afterWordChars(body, i + Character.charCount(cp), end);
            // a hyphen or apostrophe joins two words when a letter or number follows it ("Jong-un", "sumber-sumber")
            while (i + 1 < end && isJoiner(body.charAt(i))) {
                int next = body.codePointAt(i + 1);
                if (!isLetterOrNumber(next) || i + 1 + Character.charCount(next) > end) break;
                i = afterWordChars(body, i + 1 + Character.charCount(next), end);
            }
            out.add(new Word(body.substring(start, i), start, i));
        }
        return out;
    }

    /** The index after the run of letters, marks and numbers starting at {@code i}. */
    private static int afterWordChars(String body, int i, int end) {
        while (i < end) {
            int cp = body.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (next > end || !(isLetterOrNumber(cp) || isMark(cp))) break;
            i = next;
        }
        return i;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '’';
    }

    /** {@code \p{L}} or {@code \p{N}}; ASCII without a table lookup. */
    private static boolean isLetterOrNumber(int cp) {
        if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        if (Character.isLetter(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** {@code \p{M}}. */
    private static boolean isMark(int cp) {
        if (cp < 0x300) return false;
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    boolean capitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    boolean allCaps() {
        return text.length() > 1 && text.chars().noneMatch(Character::isLowerCase)
                && text.chars().anyMatch(Character::isLetter);
    }

    boolean hasDigit() {
        return text.chars().anyMatch(Character::isDigit);
    }

    boolean numeric() {
        return Character.isDigit(text.charAt(0));
    }
}

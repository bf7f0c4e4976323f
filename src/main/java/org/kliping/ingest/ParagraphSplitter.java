package org.kliping.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits plain text into paragraphs. Clippings separate paragraphs either by blank lines or by single line
 * breaks (seeds 003 and 004); a block whose lines are all short and mostly break mid-sentence is
 * hard-wrapped prose and becomes one paragraph. Whitespace is normalised: CRLF/CR, no-break spaces (often after a dateline dash),
 * tabs and runs of spaces.
 */
final class ParagraphSplitter {
    /** Lines no longer than this, mostly ending mid-sentence, are taken as hard-wrapped. */
    private static final int WRAP_WIDTH = 100;
    /** Wrapped lines (all but the last) are at least this share of the widest line. */
    private static final double WRAP_FILL = 0.6;
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;\"'\u201D\u2019)]$");

    private ParagraphSplitter() {
    }

    /**
     * The paragraphs of a text. Blocks end at lines that are blank or hold only the regular expression {@code \s}
     * characters, as {@code split("\\n\\s*\\n")} ended them; a line of other spaces (no-break) is dropped but does
     * not end its block. One pass over the lines instead of two regular-expression splits, which were a tenth of
     * an import's reading (JFR); the same paragraphs as the expressions (ParagraphSplitterTest).
     */
    static List<String> split(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> paragraphs = new ArrayList<>();
        List<String> block = new ArrayList<>();
        int start = 0;
        while (start <= unified.length()) {
            int end = unified.indexOf('\n', start);
            if (end < 0) end = unified.length();
            if (isBlankLine(unified, start, end)) {
                addBlock(block, paragraphs);
            } else {
                String clean = normaliseSpaces(unified, start, end);
                if (!clean.isEmpty()) block.add(clean);
            }
            start = end + 1;
        }
        addBlock(block, paragraphs);
        return paragraphs;
    }

    /** A block's lines become one paragraph when hard-wrapped, else a paragraph each; the block is emptied. */
    private static void addBlock(List<String> lines, List<String> paragraphs) {
        if (lines.isEmpty()) return;
        if (isHardWrapped(lines)) {
            paragraphs.add(String.join(" ", lines));
        } else {
            paragraphs.addAll(lines);
        }
        lines.clear();
    }

    /** Empty or only {@code [ \t\x0B\f\r]}: the characters of {@code \s} on a line. */
    private static boolean isBlankLine(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\u000B' && c != '\f' && c != '\r') return false;
        }
        return true;
    }

    /** Collapses every kind of whitespace run to one space and trims (a loop: this runs on every line). */
    static String normaliseSpaces(String line) {
        return normaliseSpaces(line, 0, line.length());
    }

    /** {@link #normaliseSpaces(String)} of {@code text.substring(start, end)}. */
    private static String normaliseSpaces(String text, int start, int end) {
        if (isNormal(text, start, end)) return text.substring(start, end);
        StringBuilder out = new StringBuilder(end - start);
        boolean pendingSpace = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) out.append(' ');
                out.append(c);
                pendingSpace = false;
            }
        }
        return out.toString();
    }

    /** Most lines need no change: no edge spaces, no double spaces, no whitespace but the plain space. */
    private static boolean isNormal(String text, int start, int end) {
        if (start == end) return true;
        if (isSpace(text.charAt(start)) || isSpace(text.charAt(end - 1))) return false;
        for (int i = start + 1; i < end; i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < 0x80) continue; // most characters, decided here: isSpace is not inlined (decision 0013)
            if (isSpace(c) && (c != ' ' || text.charAt(i - 1) == ' ')) return false;
        }
        return true;
    }

    private static boolean isSpace(char c) {
        if (c > ' ' && c < 0x80) return false; // printable ASCII, most of every line: no table lookup
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B' || c == '\uFEFF';
    }

    static boolean isHardWrapped(List<String> lines) {
        if (lines.size() < 2) return false;
        List<String> wrapped = lines.subList(0, lines.size() - 1);
        long openEnded = wrapped.stream().filter(line -> !SENTENCE_END.matcher(line).matches()).count();
        // the last line counts too: after a short headline line comes a long paragraph line, not a wrap
        boolean allShort = lines.stream().allMatch(line -> line.length() <= WRAP_WIDTH);
        // wrapping fills lines to nearly the same width; a short headline or byline line above prose does not
        int widest = lines.stream().mapToInt(String::length).max().orElse(0);
        boolean evenlyFilled = wrapped.stream().allMatch(line -> line.length() >= WRAP_FILL * widest);
        return allShort && evenlyFilled && openEnded * 2 >= wrapped.size();
    }
}

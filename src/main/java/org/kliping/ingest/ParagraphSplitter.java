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
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;\"'\u201D\u2019)]$");

    private ParagraphSplitter() {
    }

    static List<String> split(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> paragraphs = new ArrayList<>();
        for (String block : BLANK_LINES.split(unified)) {
            List<String> lines = nonBlankLines(block);
            if (isHardWrapped(lines)) {
                paragraphs.add(String.join(" ", lines));
            } else {
                paragraphs.addAll(lines);
            }
        }
        return paragraphs;
    }

    /** Collapses every kind of whitespace run to one space and trims (a loop: this runs on every line). */
    static String normaliseSpaces(String line) {
        if (isNormal(line)) return line;
        StringBuilder out = new StringBuilder(line.length());
        boolean pendingSpace = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
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
    private static boolean isNormal(String line) {
        if (line.isEmpty()) return true;
        if (isSpace(line.charAt(0)) || isSpace(line.charAt(line.length() - 1))) return false;
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (isSpace(c) && (c != ' ' || line.charAt(i - 1) == ' ')) return false;
        }
        return true;
    }

    private static boolean isSpace(char c) {
        if (c > ' ' && c < 0x80) return false; // printable ASCII, most of every line: no table lookup
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B' || c == '\uFEFF';
    }

    private static List<String> nonBlankLines(String block) {
        List<String> lines = new ArrayList<>();
        for (String line : block.split("\n")) {
            String clean = normaliseSpaces(line);
            if (!clean.isEmpty()) lines.add(clean);
        }
        return lines;
    }

    private static boolean isHardWrapped(List<String> lines) {
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

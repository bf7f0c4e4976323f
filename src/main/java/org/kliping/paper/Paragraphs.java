package org.kliping.paper;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines in reading order to paragraphs: a word hyphenated at a line end is joined with its second half
 * ({@code pem-} / {@code bangunan}), and a paragraph that a column or page break cut (it stops without a
 * full stop and the next part starts in lowercase) is put back together.
 */
final class Paragraphs {
    /** A paragraph ends with one of these (and optional closing quotes or brackets). */
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;\u2026][\"'\u201D\u2019)\\]]*$");

    private Paragraphs() {
    }

    /** {@code kata-} / {@code kata}: a reduplicated word keeps its hyphen. */
    private static boolean isReduplication(TextLine previous, TextLine line) {
        String last = previous.words().get(previous.words().size() - 1);
        String half = last.substring(0, last.length() - 1).toLowerCase(java.util.Locale.ROOT);
        return half.length() >= 2 && line.words().get(0).toLowerCase(java.util.Locale.ROOT).startsWith(half);
    }

    static List<String> of(List<TextLine> lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        TextLine previous = null;
        for (TextLine line : lines) {
            if (line.words().isEmpty()) continue;
            boolean joinWord = previous != null && previous.endsHyphenated() && line.startsLowercase();
            boolean sameParagraph = previous != null && (previous.paragraph() == line.paragraph() || joinWord
                    || (line.startsLowercase() && !SENTENCE_END.matcher(current).matches()));
            if (previous != null && !sameParagraph) {
                paragraphs.add(current.toString());
                current.setLength(0);
            }
            if (joinWord) {
                if (!isReduplication(previous, line)) current.setLength(current.length() - 1); // the hyphen
            } else if (current.length() > 0) {
                current.append(' ');
            }
            current.append(line.text());
            previous = line;
        }
        if (current.length() > 0) paragraphs.add(current.toString());
        return paragraphs;
    }
}

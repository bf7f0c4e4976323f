package org.kliping.paper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One recognised page to lines in reading order: the engine's layout analysis gives blocks (a column, a
 * headline) in reading order; page numbers and specks are left out.
 */
final class OcrLayout {
    /** A headline's type is at least this much larger than the body's. */
    static final float HEADLINE_RATIO = 1.35f;
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)(hal(aman)?\\.?\\s*)?-?\\s*\\d{1,4}\\s*-?");
    /** Below this confidence a word without letters or digits is a speck or a rule, not punctuation. */
    private static final float SPECK_CONFIDENCE = 50;

    record Result(List<TextLine> lines, List<OcrWord> words) {
    }

    private OcrLayout() {
    }

    static Result of(int page, List<OcrWord> recognised) {
        Map<OcrWord.LineKey, List<OcrWord>> byLine = new LinkedHashMap<>();
        for (OcrWord w : recognised) {
            if (isSpeck(w)) continue;
            byLine.computeIfAbsent(w.lineKey(), k -> new ArrayList<>()).add(w);
        }
        List<TextLine> lines = new ArrayList<>();
        List<OcrWord> words = new ArrayList<>();
        for (List<OcrWord> line : byLine.values()) {
            List<String> texts = line.stream().map(OcrWord::text).toList();
            if (PAGE_NUMBER.matcher(String.join(" ", texts)).matches()) continue;
            words.addAll(line);
            OcrWord head = line.get(0);
            lines.add(new TextLine(page, ((long) page << 40) | ((long) head.block() << 20) | head.paragraph(),
                    size(line), head.y(), head.x(), texts));
        }
        return new Result(lines, words);
    }

    private static boolean isSpeck(OcrWord w) {
        return w.confidence() < SPECK_CONFIDENCE && w.text().codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** The line's type size: the median height of its words. */
    static float size(List<OcrWord> line) {
        int[] heights = line.stream().mapToInt(OcrWord::height).sorted().toArray();
        return heights[heights.length / 2];
    }
}

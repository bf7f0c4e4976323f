package org.kliping.paper;

import java.util.ArrayList;
import java.util.List;

/**
 * The headline of a page's lines: the leading lines set in the largest type, clearly larger than the body's.
 * Lines above it in smaller type (a running header, the paper's name and date) are left out of the text.
 */
final class Headline {
    /** Lines before the headline that may be a running header or kicker. */
    private static final int LOOK_AHEAD = 3;
    /**
     * A headline's next line may measure smaller than its first (OCR measures word heights, and a line of
     * lowercase words without capitals is shorter), but not as small as the body.
     */
    private static final float CONTINUATION = 0.75f;

    record Split(String headline, List<TextLine> body) {
    }

    private Headline() {
    }

    static Split of(List<TextLine> lines) {
        if (lines.size() < 2) return new Split(null, lines);
        float body = bodySize(lines);
        int start = -1;
        for (int i = 0; i < Math.min(LOOK_AHEAD, lines.size()); i++) {
            if (lines.get(i).size() >= OcrLayout.HEADLINE_RATIO * body) {
                start = i;
                break;
            }
        }
        if (start < 0) return new Split(null, lines);
        float size = lines.get(start).size();
        int end = start;
        while (end < lines.size() && lines.get(end).size() >= size * CONTINUATION) end++;
        if (end == lines.size()) return new Split(null, lines);
        List<TextLine> headLines = new ArrayList<>();
        for (TextLine line : lines.subList(start, end)) {
            headLines.add(new TextLine(line.page(), 0, line.size(), line.top(), line.left(), line.words()));
        }
        String headline = String.join(" ", Paragraphs.of(headLines));
        return new Split(headline, lines.subList(end, lines.size()));
    }

    /** The median size of the lines, each counted once per word. */
    static float bodySize(List<TextLine> lines) {
        List<Float> sizes = new ArrayList<>();
        for (TextLine line : lines) {
            for (int i = 0; i < line.words().size(); i++) sizes.add(line.size());
        }
        if (sizes.isEmpty()) return 1;
        sizes.sort(null);
        return sizes.get(sizes.size() / 2);
    }
}

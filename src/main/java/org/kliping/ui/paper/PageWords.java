package org.kliping.ui.paper;

import org.kliping.domain.WordBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Which word boxes of a page a span of the body covers, and which word is under a point of the page. */
final class PageWords {
    private PageWords() {
    }

    /** The words of {@code page} whose place in the body overlaps {@code [start, end)}. */
    static List<WordBox> inSpan(List<WordBox> words, int page, int start, int end) {
        List<WordBox> out = new ArrayList<>();
        for (WordBox w : words) {
            if (w.page() == page && w.start() >= 0 && w.start() < end && w.end() > start) out.add(w);
        }
        return out;
    }

    /** The page of the first word in the body that {@code [start, end)} overlaps, if any word does. */
    static Optional<Integer> pageOf(List<WordBox> words, int start, int end) {
        for (WordBox w : words) {
            if (w.start() >= 0 && w.start() < end && w.end() > start) return Optional.of(w.page());
        }
        return Optional.empty();
    }

    /**
     * The word under {@code (x, y)} on {@code page}, in word-box units; a click in the gap between words takes the
     * nearest one within {@code slack} units.
     */
    static Optional<WordBox> at(List<WordBox> words, int page, double x, double y, double slack) {
        WordBox best = null;
        double bestDistance = slack;
        for (WordBox w : words) {
            if (w.page() != page) continue;
            double dx = Math.max(0, Math.max(w.x() - x, x - (w.x() + w.width())));
            double dy = Math.max(0, Math.max(w.y() - y, y - (w.y() + w.height())));
            double distance = Math.hypot(dx, dy);
            if (distance == 0) return Optional.of(w);
            if (distance <= bestDistance) {
                best = w;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }
}

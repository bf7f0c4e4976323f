package org.kliping.ingest;

import static org.kliping.ingest.ReportExportHtml.escape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kliping.domain.AnchorState;
import org.kliping.domain.Annotation;

/**
 * An article body as HTML paragraphs with its anchored highlights wrapped in {@code <mark>} at their
 * offsets. A highlight may span paragraphs (it is marked in each part); overlapping highlights are
 * clipped so marks never nest. Each highlight is numbered by its place in the article's list, and the
 * number after the mark links to that entry.
 */
final class ReportExportBody {

    /** A non-overlapping marked span of the body, with the number of the highlight it belongs to. */
    private record Span(int start, int end, int number, String color) {
    }

    private ReportExportBody() {
    }

    /**
     * @param anchorPrefix makes ids unique in the report: marks get {@code prefix-sN}, list entries {@code prefix-hN}
     */
    static String paragraphs(String body, List<Annotation> annotations, String anchorPrefix) {
        List<Span> spans = spans(body, annotations);
        StringBuilder html = new StringBuilder();
        int from = 0;
        while (from <= body.length()) {
            int to = body.indexOf("\n\n", from);
            if (to < 0) to = body.length();
            if (to > from) paragraph(html, body, from, to, spans, anchorPrefix);
            from = to + 2;
        }
        return html.toString();
    }

    private static List<Span> spans(String body, List<Annotation> annotations) {
        List<Span> placed = new ArrayList<>();
        for (int i = 0; i < annotations.size(); i++) {
            Annotation a = annotations.get(i);
            // Offsets past the end mean the text changed under an "anchored" highlight: better unmarked than wrong.
            if (a.state() == AnchorState.ANCHORED && a.end() > a.start() && a.end() <= body.length()) {
                placed.add(new Span(a.start(), a.end(), i + 1, a.color()));
            }
        }
        placed.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Span> flat = new ArrayList<>();
        int covered = 0;
        for (Span s : placed) {
            int start = Math.max(s.start(), covered);
            if (start >= s.end()) continue;
            flat.add(new Span(start, s.end(), s.number(), s.color()));
            covered = s.end();
        }
        return flat;
    }

    private static void paragraph(StringBuilder html, String body, int from, int to, List<Span> spans, String prefix) {
        html.append("<p>");
        int cursor = from;
        for (Span s : spans) {
            int start = Math.max(s.start(), from);
            int end = Math.min(s.end(), to);
            if (start >= end) continue;
            html.append(text(body.substring(cursor, start)));
            html.append("<mark");
            if (s.start() >= from) html.append(" id=\"").append(prefix).append("-s").append(s.number()).append('"');
            html.append(ReportExportHtml.colorStyle(s.color())).append('>');
            html.append(text(body.substring(start, end))).append("</mark>");
            if (s.end() <= to) {
                html.append("<sup class=\"ref\"><a href=\"#").append(prefix).append("-h").append(s.number()).append("\">")
                        .append(s.number()).append("</a></sup>");
            }
            cursor = end;
        }
        html.append(text(body.substring(cursor, to))).append("</p>\n");
    }

    /** Escaped text; a single line break inside a paragraph stays a line break. */
    static String text(String raw) {
        return escape(raw).replace("\r\n", "\n").replace("\n", "<br>\n");
    }
}

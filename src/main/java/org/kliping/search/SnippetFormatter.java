package org.kliping.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Builds snippets as HTML: matched words wrapped in {@code <mark>...</mark>}, every other character escaped,
 * passages joined by an ellipsis.
 */
final class SnippetFormatter extends PassageFormatter {
    static final String ELLIPSIS = " … ";

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < passages.length; k++) {
            Passage p = passages[k];
            if (k > 0 || p.getStartOffset() > 0) sb.append(k > 0 ? ELLIPSIS : "… ");
            appendPassage(p, content, sb);
        }
        int lastEnd = passages.length == 0 ? 0 : passages[passages.length - 1].getEndOffset();
        if (passages.length > 0 && lastEnd < content.strip().length()) sb.append(" …");
        return sb.toString();
    }

    private static void appendPassage(Passage p, String content, StringBuilder sb) {
        int pos = p.getStartOffset();
        for (int i = 0; i < p.getNumMatches(); i++) {
            int start = Math.max(p.getMatchStarts()[i], pos);
            int end = p.getMatchEnds()[i];
            if (end <= start) continue; // overlaps a match already marked
            escape(content, pos, start, sb);
            sb.append("<mark>");
            escape(content, start, end, sb);
            sb.append("</mark>");
            pos = end;
        }
        escape(content, pos, p.getEndOffset(), sb);
    }

    static void escape(String s, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        escape(s, 0, s.length(), sb);
        return sb.toString();
    }
}

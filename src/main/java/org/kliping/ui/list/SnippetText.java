package org.kliping.ui.list;

import org.kliping.ui.common.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads a search snippet (HTML-escaped text with {@code <mark>} around matched words) into plain parts. */
public final class SnippetText {

    /** A run of snippet text, marked when it matched the query. */
    public record Part(String text, boolean marked) {
    }

    private static final String OPEN = "<mark>";
    private static final String CLOSE = "</mark>";

    private SnippetText() {
    }

    public static List<Part> parse(String html) {
        List<Part> parts = new ArrayList<>();
        if (html == null || html.isEmpty()) return parts;
        int at = 0;
        while (at < html.length()) {
            int open = html.indexOf(OPEN, at);
            if (open < 0) {
                add(parts, html.substring(at), false);
                break;
            }
            add(parts, html.substring(at, open), false);
            int close = html.indexOf(CLOSE, open + OPEN.length());
            int end = close < 0 ? html.length() : close;
            add(parts, html.substring(open + OPEN.length(), end), true);
            at = close < 0 ? html.length() : close + CLOSE.length();
        }
        return parts;
    }

    /** The distinct marked words, lower-cased: what the reader highlights as hits. */
    public static Set<String> markedWords(String html) {
        Set<String> words = new LinkedHashSet<>();
        for (Part p : parse(html)) {
            if (p.marked() && !p.text().isBlank()) words.add(p.text().strip().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static void add(List<Part> parts, String escaped, boolean marked) {
        if (!escaped.isEmpty()) parts.add(new Part(unescape(escaped), marked));
    }

    static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }
}

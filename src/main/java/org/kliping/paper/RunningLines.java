package org.kliping.paper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Running headers, footers and page numbers: a line that is only a page number, and a line among the
 * first or last {@link #EDGE_LINES} of a page that repeats (digits aside) on at least two pages.
 */
final class RunningLines {
    static final int EDGE_LINES = 2;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(hal(aman)?\\.?|page)?\\s*[-\u2013]?\\s*\\d{1,4}\\s*([-\u2013]|(dari|of)\\s*\\d{1,4})?");

    private RunningLines() {
    }

    /** Each page's lines without its running headers, footers and page numbers. */
    static List<List<TextLine>> drop(List<List<TextLine>> pages) {
        Map<String, Integer> pagesWith = new HashMap<>();
        for (List<TextLine> page : pages) {
            for (String key : edgeKeys(page)) pagesWith.merge(key, 1, Integer::sum);
        }
        List<List<TextLine>> out = new ArrayList<>();
        for (List<TextLine> page : pages) {
            List<TextLine> kept = new ArrayList<>();
            for (int i = 0; i < page.size(); i++) {
                TextLine line = page.get(i);
                boolean edge = i < EDGE_LINES || i >= page.size() - EDGE_LINES;
                if (PAGE_NUMBER.matcher(line.text().strip()).matches()) continue;
                if (edge && pagesWith.getOrDefault(key(line), 0) >= 2) continue;
                kept.add(line);
            }
            out.add(kept);
        }
        return out;
    }

    private static List<String> edgeKeys(List<TextLine> page) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if (i < EDGE_LINES || i >= page.size() - EDGE_LINES) {
                String key = key(page.get(i));
                if (!keys.contains(key)) keys.add(key);
            }
        }
        return keys;
    }

    private static String key(TextLine line) {
        return line.text().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
    }
}

package org.kliping.ui.reader;

import org.kliping.ui.common.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds where the searched words occur in an article body, for the reader's hit marks and next/previous
 * hit. Words come from the snippet's marks (so stemmed matches like "membebaskan" for "bebas" count) and
 * from the plain words of the query.
 */
public final class HitFinder {

    /** A span {@code [start, end)} of the body. */
    public record Range(int start, int end) {
    }

    private static final Set<String> OPERATORS = Set.of("and", "or", "not");

    private HitFinder() {
    }

    /** The plain words of a query: no operators, field prefixes, quotes, wildcards or negated words. */
    public static Set<String> queryWords(String query) {
        return QueryWords.of(query);
    }

    /** Every whole-word occurrence of any of {@code words} in {@code body}, in order, not overlapping. */
    public static List<Range> find(String body, Collection<String> words) {
        String lower = body.toLowerCase(Locale.ROOT);
        // a few letters change length when lower-cased (İ); offsets must count in the body itself
        if (lower.length() != body.length()) lower = foldEachChar(body);
        TreeSet<Range> found = new TreeSet<>((a, b) -> a.start() != b.start()
                ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        for (String w : words) {
            if (w.isBlank()) continue;
            int at = lower.indexOf(w);
            while (at >= 0) {
                int end = at + w.length();
                if (isBoundary(lower, at - 1) && isBoundary(lower, end)) found.add(new Range(at, end));
                at = lower.indexOf(w, at + 1);
            }
        }
        List<Range> result = new ArrayList<>();
        int lastEnd = -1;
        for (Range r : found) {
            if (r.start() >= lastEnd) {
                result.add(r);
                lastEnd = r.end();
            }
        }
        return result;
    }

    private static String foldEachChar(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) sb.append(Character.toLowerCase(s.charAt(i)));
        return sb.toString();
    }

    private static boolean isBoundary(String s, int i) {
        return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
    }
}

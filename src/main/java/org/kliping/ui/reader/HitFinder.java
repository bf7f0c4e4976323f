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

    private HitFinder() {
    }

    /** The plain words of a query: no operators, field prefixes, quotes, wildcards or negated words. */
    public static Set<String> queryWords(String query) {
        return QueryWords.of(query);
    }

    /**
     * Every whole-word occurrence of any of {@code words} in {@code body}, in order, not overlapping. An entry of
     * several words is a phrase: its words in order with anything but letters and digits between them, one hit;
     * its words alone are then no hits (the snippet marks them one by one).
     */
    public static List<Range> find(String body, Collection<String> words) {
        String lower = body.toLowerCase(Locale.ROOT);
        // a few letters change length when lower-cased (İ); offsets must count in the body itself
        if (lower.length() != body.length()) lower = foldEachChar(body);
        TreeSet<Range> found = new TreeSet<>((a, b) -> a.start() != b.start()
                ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        Set<String> inPhrases = new java.util.HashSet<>();
        for (String w : words) {
            if (w.strip().contains(" ")) inPhrases.addAll(List.of(w.strip().split("\\s+")));
        }
        for (String w : words) {
            if (w.isBlank() || inPhrases.contains(w.strip())) continue;
            if (w.strip().contains(" ")) {
                findPhrase(lower, w.strip(), found);
                continue;
            }
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

    private static void findPhrase(String lower, String phrase, Set<Range> found) {
        StringBuilder regex = new StringBuilder();
        for (String w : phrase.split("\\s+")) {
            if (regex.length() > 0) regex.append("[^\\p{L}\\p{N}]+");
            regex.append(java.util.regex.Pattern.quote(w));
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex.toString()).matcher(lower);
        while (m.find()) {
            if (isBoundary(lower, m.start() - 1) && isBoundary(lower, m.end())) found.add(new Range(m.start(), m.end()));
        }
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

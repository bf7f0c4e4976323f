package org.kliping.service;

import org.kliping.domain.WordBox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * After a body edit, moves each word box's span to where its word now stands: the words of the old and the new
 * body are matched in order (what the two have in common, longest first at both ends, then the longest common
 * sequence of the changed middle); a box whose word is still there keeps its box with the new span, one whose word
 * was changed or removed keeps its box without a span (it lights up nothing and a click on it finds nothing).
 */
final class WordRealignment {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Changed middles larger than this (in word pairs) are matched greedily instead of by a full table. */
    private static final long TABLE_LIMIT = 4_000_000;

    private WordRealignment() {
    }

    private record Token(String text, int start, int end) {
    }

    static List<WordBox> realign(List<WordBox> words, String oldBody, String newBody) {
        if (oldBody.equals(newBody)) return words;
        List<Token> before = tokens(oldBody);
        List<Token> after = tokens(newBody);
        int[] map = match(before, after);
        List<WordBox> out = new ArrayList<>(words.size());
        for (WordBox w : words) out.add(moved(w, oldBody, newBody, before, after, map));
        return out;
    }

    private static WordBox moved(WordBox w, String oldBody, String newBody, List<Token> before, List<Token> after, int[] map) {
        if (w.start() < 0) return w;
        int first = firstEndingAfter(before, w.start());
        int last = firstEndingAfter(before, w.end()) - 1; // the last token starting before the end
        if (last < before.size() - 1 && before.get(last + 1).start() < w.end()) last++;
        if (first > last || first >= before.size() || map[first] < 0 || map[last] < 0
                || map[last] - map[first] != last - first) {
            return w.at(-1, -1);
        }
        int start = after.get(map[first]).start() + (w.start() - before.get(first).start());
        int end = after.get(map[last]).end() + (w.end() - before.get(last).end());
        // punctuation the word box holds beside its letters must still be there too
        if (start < 0 || end > newBody.length() || start >= end
                || !newBody.regionMatches(start, oldBody, w.start(), w.end() - w.start())) {
            return w.at(-1, -1);
        }
        return w.at(start, end);
    }

    /** The first token that ends after character {@code at} (the token size when none does). */
    private static int firstEndingAfter(List<Token> tokens, int at) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= at) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static List<Token> tokens(String body) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(body);
        while (m.find()) tokens.add(new Token(m.group(), m.start(), m.end()));
        return tokens;
    }

    /** For each old token, the index of the same word in the new body, or -1. */
    private static int[] match(List<Token> a, List<Token> b) {
        int[] map = new int[a.size()];
        Arrays.fill(map, -1);
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).text().equals(b.get(head).text())) {
            map[head] = head;
            head++;
        }
        int tailA = a.size();
        int tailB = b.size();
        while (tailA > head && tailB > head && a.get(tailA - 1).text().equals(b.get(tailB - 1).text())) {
            map[--tailA] = --tailB;
        }
        int n = tailA - head;
        int m = tailB - head;
        if (n == 0 || m == 0) return map;
        if ((long) n * m <= TABLE_LIMIT) common(a, b, head, n, head, m, map);
        else greedy(a, b, head, tailA, head, tailB, map);
        return map;
    }

    /** The longest common sequence of {@code a[offA, offA+n)} and {@code b[offB, offB+m)} by the classic table. */
    private static void common(List<Token> a, List<Token> b, int offA, int n, int offB, int m, int[] map) {
        int[][] len = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                len[i][j] = a.get(offA + i).text().equals(b.get(offB + j).text()) ? len[i + 1][j + 1] + 1
                        : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(offA + i).text().equals(b.get(offB + j).text())) {
                map[offA + i++] = offB + j++;
            } else if (len[i + 1][j] >= len[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
    }

    /** Each old word to the next same new word within a short reach (a body rewritten beyond the table's size). */
    private static void greedy(List<Token> a, List<Token> b, int fromA, int toA, int fromB, int toB, int[] map) {
        int j = fromB;
        for (int i = fromA; i < toA && j < toB; i++) {
            for (int k = j; k < Math.min(toB, j + 50); k++) {
                if (a.get(i).text().equals(b.get(k).text())) {
                    map[i] = k;
                    j = k + 1;
                    break;
                }
            }
        }
    }
}

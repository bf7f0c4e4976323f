package org.kliping.service;

import org.kliping.domain.AnchorState;
import org.kliping.domain.Annotation;

import java.util.ArrayList;
import java.util.List;

/**
 * Places a highlight in a changed text, the robust way (after the W3C Web Annotation selectors): same
 * offsets and same quote; else the exact quote, the occurrence whose context matches best; else a close
 * fuzzy match found through the quote's head and tail, accepted only above a strict similarity. What
 * cannot be placed becomes an orphan with its quote and note intact, never moved to another passage.
 */
final class Anchoring {

    /** Characters of context kept on each side of a quote. */
    static final int CONTEXT = 32;
    /** Minimum similarity (1 - edit distance / length) for a fuzzy match: a few typos, not another sentence. */
    static final double FUZZY_THRESHOLD = 0.85;
    private static final int PROBE = 16;

    private Anchoring() {
    }

    /** A new highlight on {@code text} for the span {@code [start, end)}, with its context. */
    static Annotation create(long articleId, String text, int start, int end, String note, String color,
                             List<String> tags, java.time.Instant at) {
        return new Annotation(0, articleId, start, end, text.substring(start, end), prefixOf(text, start),
                suffixOf(text, end), note, color, tags, AnchorState.ANCHORED, at);
    }

    static Annotation reanchor(Annotation a, String text) {
        String quote = a.quote();
        if (a.end() <= text.length() && text.startsWith(quote, a.start())) return placed(a, text, a.start());
        List<Integer> exact = occurrences(text, quote);
        if (!exact.isEmpty()) return placed(a, text, bestByContext(a, text, exact, quote.length()));
        int[] fuzzy = fuzzy(a, text);
        if (fuzzy != null) {
            return new Annotation(a.id(), a.articleId(), fuzzy[0], fuzzy[1], text.substring(fuzzy[0], fuzzy[1]),
                    prefixOf(text, fuzzy[0]), suffixOf(text, fuzzy[1]), a.note(), a.color(), a.tags(),
                    AnchorState.ANCHORED, a.createdAt());
        }
        return new Annotation(a.id(), a.articleId(), a.start(), a.end(), quote, a.prefix(), a.suffix(), a.note(),
                a.color(), a.tags(), AnchorState.ORPHANED, a.createdAt());
    }

    private static Annotation placed(Annotation a, String text, int start) {
        int end = start + a.quote().length();
        return new Annotation(a.id(), a.articleId(), start, end, a.quote(), prefixOf(text, start), suffixOf(text, end),
                a.note(), a.color(), a.tags(), AnchorState.ANCHORED, a.createdAt());
    }

    private static int bestByContext(Annotation a, String text, List<Integer> starts, int length) {
        int best = starts.get(0);
        long bestScore = Long.MIN_VALUE;
        for (int s : starts) {
            long score = commonSuffix(prefixOf(text, s), a.prefix()) + commonPrefix(suffixOf(text, s + length), a.suffix());
            score = score * 1_000_000L - Math.abs(s - a.start()); // context first, then nearness
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
        }
        return best;
    }

    private static int[] fuzzy(Annotation a, String text) {
        String quote = a.quote();
        if (quote.length() < 2 * PROBE) return null;
        String head = quote.substring(0, PROBE);
        String tail = quote.substring(quote.length() - PROBE);
        int[] best = null;
        double bestSim = FUZZY_THRESHOLD;
        List<Integer> heads = occurrences(text, head);
        List<Integer> tails = occurrences(text, tail);
        List<int[]> candidates = new ArrayList<>();
        for (int h : heads) candidates.add(new int[] {h, Math.min(text.length(), h + quote.length())});
        for (int t : tails) candidates.add(new int[] {Math.max(0, t + PROBE - quote.length()), t + PROBE});
        for (int h : heads) {
            for (int t : tails) {
                int end = t + PROBE;
                if (end > h && Math.abs((end - h) - quote.length()) <= quote.length() * (1 - FUZZY_THRESHOLD)) {
                    candidates.add(new int[] {h, end});
                }
            }
        }
        for (int[] c : candidates) {
            double sim = similarity(quote, text.substring(c[0], c[1]));
            if (sim >= bestSim) {
                bestSim = sim;
                best = c;
            }
        }
        return best;
    }

    static double similarity(String a, String b) {
        int max = Math.max(a.length(), b.length());
        if (max == 0) return 1;
        return 1.0 - (double) levenshtein(a, b) / max;
    }

    private static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static List<Integer> occurrences(String text, String needle) {
        List<Integer> out = new ArrayList<>();
        for (int i = text.indexOf(needle); i >= 0 && out.size() < 1000; i = text.indexOf(needle, i + 1)) out.add(i);
        return out;
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) n++;
        return n;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) n++;
        return n;
    }

    static String prefixOf(String text, int start) {
        return text.substring(Math.max(0, start - CONTEXT), start);
    }

    static String suffixOf(String text, int end) {
        return text.substring(end, Math.min(text.length(), end + CONTEXT));
    }
}

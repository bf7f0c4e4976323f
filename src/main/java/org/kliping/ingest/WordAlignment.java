package org.kliping.ingest;

import org.kliping.domain.WordBox;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds each word of a page in the displayed body, in order: the body is the page's text after the cleaning
 * rules (a dateline or boilerplate taken out, hyphenated halves joined), so a word is searched for from where
 * the previous one ended, a little way ahead at most; a word not found there (a dropped running header) keeps no
 * span. The headline's words, printed above the body, get none either.
 */
final class WordAlignment {
    /** How far ahead of the previous word a word may be found: past a removed byline, not into the next page. */
    private static final int WINDOW = 400;
    /** Words ahead of the headline that may be a running header or a kicker (not part of the article's text). */
    private static final int HEADLINE_SEARCH = 40;
    /** Words that must follow a word found beyond the window, each right after the other, to accept the jump. */
    private static final int CONFIRM = 2;

    private WordAlignment() {
    }

    /**
     * @param headline the headline printed above the body, or null: its words, which come first, are not in the
     *                 body and get no span
     */
    static List<WordBox> align(List<WordBox> words, String headline, String body) {
        List<WordBox> out = new ArrayList<>(words.size());
        int first = headline == null ? 0 : afterHeadline(words, headline);
        for (int i = 0; i < first; i++) out.add(words.get(i).at(-1, -1));
        int cursor = 0;
        for (int i = first; i < words.size(); i++) {
            WordBox word = words.get(i);
            String needle = needle(word.text());
            int at = needle.isEmpty() ? -1 : body.indexOf(needle, cursor);
            if (at >= 0 && at - cursor > WINDOW && !confirmed(words, i + 1, body, at + needle.length())) at = -1;
            if (at < 0) {
                out.add(word.at(-1, -1));
                continue;
            }
            int end = at + needle.length();
            out.add(word.at(at, end));
            cursor = end;
        }
        return out;
    }

    /** The index of the first word after the headline's words (0 when they are not found near the start). */
    private static int afterHeadline(List<WordBox> words, String headline) {
        String[] tokens = headline.strip().split("\\s+");
        for (int from = 0; from < Math.min(HEADLINE_SEARCH, words.size()); from++) {
            int end = matchHeadline(words, from, tokens);
            if (end > from) return end;
        }
        return 0;
    }

    /** Where the headline's tokens end when they are the words from {@code from} on, else {@code from}. */
    private static int matchHeadline(List<WordBox> words, int from, String[] tokens) {
        int w = from;
        for (String token : tokens) {
            String rest = token;
            while (!rest.isEmpty()) {
                if (w >= words.size()) return from;
                String raw = words.get(w).text().strip();
                String needle = needle(raw);
                boolean half = !needle.equals(raw);
                if (rest.equals(needle) || (half && rest.startsWith(needle) && !needle.isEmpty())) {
                    rest = rest.substring(needle.length());
                    w++;
                } else {
                    return from;
                }
            }
        }
        return w;
    }

    /** Whether the words from {@code next} on follow one another in the body from {@code at}. */
    private static boolean confirmed(List<WordBox> words, int next, String body, int at) {
        int cursor = at;
        for (int i = next; i < Math.min(words.size(), next + CONFIRM); i++) {
            String needle = needle(words.get(i).text());
            int found = needle.isEmpty() ? -1 : body.indexOf(needle, cursor);
            if (found < 0 || found - cursor > 3) return false;
            cursor = found + needle.length();
        }
        return next < words.size();
    }

    /** The word as it appears in the body: a half broken at a line end loses its hyphen. */
    static String needle(String word) {
        String w = word.strip();
        if (w.length() > 1 && (w.endsWith("-") || w.endsWith("\u00AD"))) w = w.substring(0, w.length() - 1);
        return w;
    }
}

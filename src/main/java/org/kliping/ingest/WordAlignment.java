package org.kliping.ingest;

import org.kliping.domain.WordBox;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds each word of a page in the displayed body, in order: the body is the page's text after the cleaning
 * rules (a dateline or boilerplate taken out, hyphenated halves joined), so a word is searched for from where
 * the previous one ended, a little way ahead at most; a word not found there (the headline, a dropped running
 * header) keeps no span.
 */
final class WordAlignment {
    /** How far ahead of the previous word a word may be found: past a removed byline, not into the next page. */
    private static final int WINDOW = 400;

    private WordAlignment() {
    }

    /**
     * @param headline the headline printed above the body, or null: its words, which come first, are not in the
     *                 body and get no span
     */
    static List<WordBox> align(List<WordBox> words, String headline, String body) {
        List<WordBox> out = new ArrayList<>(words.size());
        int first = 0;
        if (headline != null) {
            int inHeadline = 0;
            while (first < words.size()) {
                String needle = needle(words.get(first).text());
                int at = needle.isEmpty() ? -1 : headline.indexOf(needle, inHeadline);
                if (at < 0) break;
                inHeadline = at + needle.length();
                out.add(words.get(first++).at(-1, -1));
            }
        }
        int cursor = 0;
        for (WordBox word : words.subList(first, words.size())) {
            String needle = needle(word.text());
            if (needle.isEmpty()) {
                out.add(word.at(-1, -1));
                continue;
            }
            int at = body.indexOf(needle, cursor);
            if (at < 0 || at - cursor > WINDOW) {
                out.add(word.at(-1, -1));
                continue;
            }
            int end = at + needle.length();
            out.add(word.at(at, end));
            cursor = end;
        }
        return out;
    }

    /** The word as it appears in the body: a half broken at a line end loses its hyphen. */
    private static String needle(String word) {
        String w = word.strip();
        if (w.length() > 1 && (w.endsWith("-") || w.endsWith("\u00AD"))) w = w.substring(0, w.length() - 1);
        return w;
    }
}

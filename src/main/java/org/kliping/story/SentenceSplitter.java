package org.kliping.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts an article body into sentences. A line break always ends a sentence (importers keep one
 * paragraph a line); a full stop ends one unless it closes an abbreviation or an initial, or the
 * next word starts in lower case. Dots inside numbers ({@code 14.000}) are never ends: no space follows.
 */
final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of("dr", "drs", "prof", "ir", "jl", "jln", "no", "st",
            "dll", "dsb", "dst", "tsb", "a.n", "u.p", "yth", "bpk", "sdr", "hj", "kh", "mr", "mrs", "ms", "jr",
            "sr", "vs", "kec", "kab", "kel", "kol", "letjen", "mayjen", "brigjen", "kapt", "pt", "tbk", "inc",
            "co", "ltd", "s.h", "m.h", "m.si", "s.e", "s.pd", "ph.d", "a.m", "p.m", "gen", "lt", "sgt", "mt");

    private SentenceSplitter() {
    }

    static List<TextSpan> split(String text) {
        List<TextSpan> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(out, text, start, i);
                start = i + 1;
            } else if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = closingEnd(text, i + 1);
                if (endsSentence(text, i, end)) {
                    add(out, text, start, end);
                    start = end;
                    i = end - 1;
                }
            }
        }
        add(out, text, start, text.length());
        return out;
    }

    /** Past closing quotes and brackets that belong to the sentence just ended. */
    private static int closingEnd(String text, int from) {
        int i = from;
        while (i < text.length() && "\"”’')]».!?".indexOf(text.charAt(i)) >= 0) i++;
        return i;
    }

    private static boolean endsSentence(String text, int mark, int end) {
        if (end >= text.length()) return true;
        if (!Character.isWhitespace(text.charAt(end))) return false;
        int next = end;
        while (next < text.length() && text.charAt(next) == ' ') next++;
        if (next < text.length() && Character.isLowerCase(text.charAt(next))) return false;
        return text.charAt(mark) != '.' || !abbreviationBefore(text, mark);
    }

    private static boolean abbreviationBefore(String text, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) s--;
        String word = text.substring(s, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return true;
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void add(List<TextSpan> out, String text, int from, int to) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e > s) out.add(new TextSpan(s, e));
    }
}

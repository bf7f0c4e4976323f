package org.kliping.story;

import java.util.List;
import java.util.Map;

/** The hedge written just before a number, normalised: "sekira" and "kira-kira" are both "sekitar". */
final class Qualifiers {
    private static final Map<String, String> PHRASES = Map.ofEntries(
            Map.entry("sekitar", "sekitar"), Map.entry("sekira", "sekitar"), Map.entry("kira-kira", "sekitar"),
            Map.entry("kurang lebih", "sekitar"), Map.entry("lebih kurang", "sekitar"),
            Map.entry("lebih dari", "lebih dari"), Map.entry("di atas", "lebih dari"),
            Map.entry("hampir", "hampir"), Map.entry("nyaris", "hampir"),
            Map.entry("kurang dari", "kurang dari"), Map.entry("di bawah", "kurang dari"),
            Map.entry("setidaknya", "setidaknya"), Map.entry("sedikitnya", "setidaknya"),
            Map.entry("paling sedikit", "setidaknya"), Map.entry("minimal", "setidaknya"),
            Map.entry("tidak kurang dari", "setidaknya"), Map.entry("tak kurang dari", "setidaknya"),
            Map.entry("mencapai", "hingga"), Map.entry("hingga", "hingga"), Map.entry("sampai", "hingga"),
            Map.entry("maksimal", "paling banyak"), Map.entry("paling banyak", "paling banyak"));
    private static final int MAX_WORDS = 3;

    /** The qualifier ending right before word {@code number}, or null. */
    String before(String body, List<Word> words, int number) {
        for (int len = Math.min(MAX_WORDS, number); len > 0; len--) {
            int from = number - len;
            if (!joinedBySpaces(body, words, from, number)) continue;
            StringBuilder sb = new StringBuilder();
            for (int k = from; k < number; k++) {
                if (k > from) sb.append(' ');
                sb.append(words.get(k).lower());
            }
            String q = PHRASES.get(sb.toString());
            if (q != null) return q;
        }
        return null;
    }

    private static boolean joinedBySpaces(String body, List<Word> words, int from, int to) {
        for (int k = from + 1; k <= to; k++) {
            if (!body.substring(words.get(k - 1).end(), words.get(k).start()).isBlank()) return false;
        }
        return true;
    }
}

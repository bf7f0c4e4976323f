package org.kliping.story;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Amounts of money: "Rp 2,3 triliun", "US$ 5 juta", "16 juta euro". What the money is comes from the
 * words just before ("kerugian negara sebesar Rp 2,3 triliun" counts "kerugian negara"), so that a
 * story's losses and budgets are not compared with each other.
 */
final class Money {
    private static final Map<String, String> BEFORE = Map.of("rp", "rupiah", "idr", "rupiah", "us", "dolar AS",
            "usd", "dolar AS", "eur", "euro");
    private static final Map<String, String> AFTER = Map.of("rupiah", "rupiah", "dolar", "dolar AS", "dollar",
            "dolar AS", "euro", "euro", "yen", "yen", "yuan", "yuan", "ringgit", "ringgit", "pound", "pound");
    /** Words between the thing paid for and the amount: "senilai", "sebesar", hedges. */
    private static final Set<String> LINKS = Set.of("sebesar", "senilai", "sejumlah", "total", "mencapai", "hingga",
            "sekitar", "sekira", "lebih", "dari", "kurang", "hampir", "yakni", "yaitu", "sampai", "setidaknya",
            "sedikitnya", "pecahan", "rp", "us", "usd", "idr", "eur");
    private static final int COUNTED_WORDS = 2;

    private Money() {
    }

    /** The currency written before the number at {@code number} ("Rp", "US$"), or null. */
    static String currencyBefore(List<Word> words, int number) {
        return number > 0 ? BEFORE.get(words.get(number - 1).lower()) : null;
    }

    /** The currency written after the amount, or null. */
    static String currencyAfter(List<Word> words, int next) {
        return next < words.size() ? AFTER.get(words.get(next).lower()) : null;
    }

    /** What the amount is: up to two lower-case content words before it, or "uang". */
    static String counted(List<Word> words, int number, Set<String> stopwords) {
        int k = number - 1;
        while (k >= 0 && LINKS.contains(words.get(k).lower())) k--;
        int end = k + 1;
        while (k >= 0 && end - k <= COUNTED_WORDS && isContentWord(words.get(k), k == 0, stopwords)) k--;
        if (k + 1 == end) return "uang";
        StringBuilder sb = new StringBuilder();
        for (int i = k + 1; i < end; i++) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(words.get(i).lower());
        }
        return sb.toString();
    }

    /** A common word: lower case, or capitalised only because it starts the sentence. */
    private static boolean isContentWord(Word w, boolean sentenceStart, Set<String> stopwords) {
        return (sentenceStart || !w.capitalised()) && !w.hasDigit() && !stopwords.contains(w.lower());
    }
}

package org.kliping.story;

import java.util.Locale;
import java.util.Map;

/**
 * Numbers as Indonesian news writes them: a dot groups thousands and a comma marks decimals
 * ({@code 14.000} = 14000, {@code 3,5 juta} = 3500000), plus small numbers spelled out.
 */
final class IndonesianNumber {
    static final Map<String, Double> MULTIPLIERS = Map.of("ribu", 1e3, "juta", 1e6, "miliar", 1e9,
            "milyar", 1e9, "triliun", 1e12);
    /** "satu" is left out on purpose: "satu unit yang terdiri dari 25 tentara" is not a figure of one. */
    static final Map<String, Double> SPELLED = Map.ofEntries(Map.entry("dua", 2.0), Map.entry("tiga", 3.0),
            Map.entry("empat", 4.0), Map.entry("lima", 5.0), Map.entry("enam", 6.0), Map.entry("tujuh", 7.0),
            Map.entry("delapan", 8.0), Map.entry("sembilan", 9.0), Map.entry("sepuluh", 10.0),
            Map.entry("sebelas", 11.0), Map.entry("seratus", 100.0), Map.entry("seribu", 1000.0));

    private IndonesianNumber() {
    }

    /** {@code digits} as written ({@code 14.000}, {@code 3,5}, {@code 2017}). */
    static double parse(String digits) {
        String plain = digits.replace(".", "").replace(',', '.');
        try {
            return Double.parseDouble(plain);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an Indonesian number: " + digits, e);
        }
    }

    static Double multiplier(String word) {
        return MULTIPLIERS.get(word.toLowerCase(Locale.ROOT));
    }

    static Double spelled(String word) {
        return SPELLED.get(word.toLowerCase(Locale.ROOT));
    }
}

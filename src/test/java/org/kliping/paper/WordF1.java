package org.kliping.paper;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word F1 of a reading against the printed text: words are runs of letters and digits, case folded, counted as a bag. */
public final class WordF1 {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private WordF1() {
    }

    public static double of(String printed, String read) {
        Map<String, Integer> expected = bag(printed);
        Map<String, Integer> actual = bag(read);
        int e = expected.values().stream().mapToInt(Integer::intValue).sum();
        int a = actual.values().stream().mapToInt(Integer::intValue).sum();
        if (e == 0 || a == 0) return 0;
        int common = 0;
        for (var entry : actual.entrySet()) common += Math.min(entry.getValue(), expected.getOrDefault(entry.getKey(), 0));
        double precision = common / (double) a;
        double recall = common / (double) e;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) bag.merge(m.group(), 1, Integer::sum);
        return bag;
    }
}

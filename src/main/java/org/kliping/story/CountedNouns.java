package org.kliping.story;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The bundled list of what numbers count ({@code counted.txt}), longest phrase first. */
final class CountedNouns {
    static final String RESOURCE = "counted.txt";
    private static final int MAX_WORDS = 3;

    record Noun(String counted, String unit, int words) {
    }

    private final Map<String, String[]> bySurface;

    CountedNouns() {
        Map<String, String[]> map = new HashMap<>();
        for (String line : BundledList.lines(RESOURCE)) {
            String[] parts = line.split("\\|");
            if (parts.length != 3) throw new IllegalArgumentException(RESOURCE + ": expected 'words | counted | unit': " + line);
            map.put(parts[0].strip().toLowerCase(Locale.ROOT), new String[] {parts[1].strip(), parts[2].strip()});
        }
        this.bySurface = Map.copyOf(map);
    }

    /** The noun phrase starting at word {@code i}, or null; only words joined by plain spaces count. */
    Noun at(List<Word> words, int i, String body) {
        for (int len = Math.min(MAX_WORDS, words.size() - i); len > 0; len--) {
            if (!spaced(words, i, len, body)) continue;
            String[] hit = lookup(words, i, len);
            if (hit != null) return new Noun(hit[0], hit[1], len);
        }
        return null;
    }

    private String[] lookup(List<Word> words, int i, int len) {
        StringBuilder sb = new StringBuilder();
        for (int k = i; k < i + len; k++) {
            if (k > i) sb.append(' ');
            sb.append(words.get(k).lower());
        }
        String phrase = sb.toString();
        String[] hit = bySurface.get(phrase);
        if (hit == null && phrase.endsWith("nya")) hit = bySurface.get(phrase.substring(0, phrase.length() - 3));
        return hit;
    }

    private static boolean spaced(List<Word> words, int i, int len, String body) {
        for (int k = i + 1; k < i + len; k++) {
            if (!body.substring(words.get(k - 1).end(), words.get(k).start()).isBlank()) return false;
        }
        return true;
    }
}

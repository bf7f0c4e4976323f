package org.kliping.story;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kliping.domain.NameKind;

/**
 * The word lists that decide what a capitalised phrase is: titles before people, head words of
 * organisations and places, cue words, and capitalised words that are never names.
 */
final class NameRules {
    /** Longest title or head in words ("kepala staf umum"). */
    private static final int MAX_PHRASE = 3;
    private static final Set<String> PLACE_CUES = Set.of("di", "ke", "menuju", "wilayah", "kota", "provinsi",
            "kabupaten", "desa", "negara", "kawasan", "daerah", "pulau", "kecamatan");
    private static final Set<String> ORGANISATION_CUES = Set.of("kabar", "harian", "majalah", "klub", "partai",
            "perusahaan", "maskapai", "media", "stasiun", "televisi", "organisasi", "kelompok", "grup", "tim",
            "startup", "aplikasi", "situs", "layanan", "merek");
    private static final Set<String> PERSON_CUES = Set.of("kata", "ujar", "ucap", "tutur", "imbuh", "tandas",
            "bernama", "sapaan", "oleh", "tersangka", "terdakwa", "istri", "suami", "putra", "putri", "anak");
    private static final Set<String> CONNECTORS = Set.of("bin", "binti", "van", "von", "de", "der", "da", "al", "el");

    private final Set<String> titles;
    private final Map<String, NameKind> heads;
    /**
     * The first word of every title and of every head: a phrase can only be one when its first word is one of
     * these, which most words are not. Checking that first spared building up to three joined strings per word and
     * list (a fifth of a re-grouping's time, JFR).
     */
    private final Set<String> titleStarts;
    private final Set<String> headStarts;
    private final Set<String> stopwords;
    private final Set<String> notNames;

    NameRules() {
        this.titles = BundledList.lowerSet("titles.txt");
        this.stopwords = BundledList.lowerSet("stopwords.txt");
        this.notNames = BundledList.lowerSet("not-names.txt");
        Map<String, NameKind> h = new HashMap<>();
        for (String line : BundledList.lines("name-heads.txt")) {
            int space = line.lastIndexOf(' ');
            h.put(line.substring(0, space).strip().toLowerCase(java.util.Locale.ROOT),
                    NameKind.valueOf(line.substring(space + 1)));
        }
        this.heads = Map.copyOf(h);
        this.titleStarts = firstWords(titles);
        this.headStarts = firstWords(heads.keySet());
    }

    /** Number of words of a title starting at {@code i}, or 0. */
    int titleLength(List<Word> words, int i) {
        return phraseLength(words, i, titleStarts, titles::contains);
    }

    /** Number of words of an organisation or place head word starting at {@code i}, or 0. */
    int headLength(List<Word> words, int i) {
        return phraseLength(words, i, headStarts, heads::containsKey);
    }

    NameKind headKind(List<Word> words, int i, int length) {
        return heads.get(joinLower(words, i, i + length));
    }

    boolean neverName(Word w) {
        String lower = w.lower();
        return notNames.contains(lower) || (stopwords.contains(lower) && !w.allCaps());
    }

    boolean isConnector(Word w) {
        return CONNECTORS.contains(w.text());
    }

    /** The kind the lower-case words just before a phrase suggest, or null. */
    NameKind cueBefore(List<Word> words, int start) {
        if (start > 0) {
            String previous = words.get(start - 1).lower();
            if (PLACE_CUES.contains(previous)) return NameKind.PLACE;
            if (PERSON_CUES.contains(previous)) return NameKind.PERSON;
        }
        for (int k = Math.max(0, start - 4); k < start; k++) {
            if (ORGANISATION_CUES.contains(words.get(k).lower())) return NameKind.ORGANISATION;
        }
        return null;
    }

    private int phraseLength(List<Word> words, int i, Set<String> starts, java.util.function.Predicate<String> known) {
        if (i >= words.size() || !starts.contains(words.get(i).lower())) return 0;
        for (int len = Math.min(MAX_PHRASE, words.size() - i); len > 0; len--) {
            if (known.test(joinLower(words, i, i + len))) return len;
        }
        return 0;
    }

    private static Set<String> firstWords(Set<String> phrases) {
        Set<String> out = new java.util.HashSet<>();
        for (String p : phrases) {
            int space = p.indexOf(' ');
            out.add(space < 0 ? p : p.substring(0, space));
        }
        return Set.copyOf(out);
    }

    private static String joinLower(List<Word> words, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) sb.append(' ');
            sb.append(words.get(k).lower());
        }
        return sb.toString();
    }
}

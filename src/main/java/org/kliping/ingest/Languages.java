package org.kliping.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The language of a text from its commonest function words, so an Indonesian page marked {@code lang="en"} (a
 * theme's default) is still Indonesian. Answers only when one language clearly leads on enough words.
 */
final class Languages {
    private static final Map<String, Set<String>> WORDS = Map.of(
            "id", Set.of("yang", "dan", "di", "dengan", "untuk", "ini", "itu", "dari", "dalam", "tidak", "akan", "pada",
                    "juga", "ke", "karena", "adalah", "oleh", "sebagai", "tersebut", "bahwa", "kata", "telah", "sudah",
                    "para", "bisa", "ada", "mereka", "saat", "atau", "kami", "secara", "namun"),
            "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "on", "are", "as", "it",
                    "by", "this", "be", "from", "at", "have", "has", "an", "which", "were", "not", "but"),
            "de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "sich", "auf", "ein", "eine", "den", "dem",
                    "zu", "von", "auch", "es", "im", "für", "wird", "werden", "sind", "bei"),
            "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "du", "que", "pour", "dans", "qui", "pas", "sur",
                    "au", "avec", "il", "par", "sont"),
            "es", Set.of("el", "los", "las", "y", "del", "que", "en", "por", "con", "para", "una", "es", "se", "su",
                    "como", "más", "pero", "al"),
            "nl", Set.of("het", "een", "van", "en", "de", "is", "niet", "op", "voor", "met", "zijn", "ook", "wordt"),
            "ms", Set.of("yang", "dan", "di", "dengan", "untuk", "ini", "itu", "dari", "dalam", "tidak", "akan",
                    "kerana", "ialah", "beliau", "kerajaan", "daripada"));
    /** Words read at most: enough to decide, cheap on long pages. */
    private static final int MAX_WORDS = 400;
    private static final int MIN_HITS = 5;

    private Languages() {
    }

    static Optional<String> of(List<String> paragraphs) {
        Map<String, Integer> hits = new HashMap<>();
        int words = 0;
        outer:
        for (String paragraph : paragraphs) {
            for (String word : paragraph.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (word.isEmpty()) continue;
                if (++words > MAX_WORDS) break outer;
                for (Map.Entry<String, Set<String>> language : WORDS.entrySet()) {
                    if (language.getValue().contains(word)) hits.merge(language.getKey(), 1, Integer::sum);
                }
            }
        }
        // Malay shares most function words with Indonesian: only its own words make it Malay
        int malay = hits.getOrDefault("ms", 0) - hits.getOrDefault("id", 0);
        hits.remove("ms");
        String best = null;
        int bestHits = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > bestHits) {
                second = bestHits;
                bestHits = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        if (best == null || bestHits < MIN_HITS || bestHits < 1.5 * second) return Optional.empty();
        if (best.equals("id") && malay > 3) return Optional.of("ms");
        return Optional.of(best);
    }
}

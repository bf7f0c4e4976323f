package org.kliping.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The near-synonym list ({@code near-synonyms.txt}): words news and encyclopedic text use interchangeably for the
 * same fact ({@code meninggal} / {@code wafat}). Looked up by the typed form, not by the stem, because a stem can
 * stand for unrelated words ({@code temu}: {@code menemukan} "discover", {@code bertemu} "meet").
 */
final class NearSynonyms {
    static final NearSynonyms BUNDLED = parse(TextAnalysis.resource("near-synonyms.txt"));

    private final Map<String, List<String>> others;

    private NearSynonyms(Map<String, List<String>> others) {
        this.others = others;
    }

    /** One group per line, comma-separated; '#' starts a comment. */
    static NearSynonyms parse(String text) {
        Map<String, Set<String>> groups = new HashMap<>();
        for (String line : TextAnalysis.readLines(text)) {
            List<String> members = new ArrayList<>();
            for (String m : line.split(",")) {
                String w = TextAnalysis.fold(m.strip()).replaceAll("\\s+", " ");
                if (!w.isEmpty()) members.add(w);
            }
            for (String m : members) {
                Set<String> alternatives = groups.computeIfAbsent(m, k -> new LinkedHashSet<>());
                for (String other : members) if (!other.equals(m)) alternatives.add(other);
            }
        }
        Map<String, List<String>> out = new HashMap<>();
        groups.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return new NearSynonyms(out);
    }

    /** The other entries of every line the typed word or two-word sequence is on, or an empty list. */
    List<String> of(String typed) {
        String key = TextAnalysis.fold(typed).replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "").replaceAll("\\s+", " ");
        return others.getOrDefault(key, List.of());
    }
}

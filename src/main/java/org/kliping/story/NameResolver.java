package org.kliping.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kliping.domain.NameKind;
import org.kliping.domain.NameMention;

/**
 * The article-wide pass over name candidates. A kind learnt once holds for the whole article
 * ("Jenderal Valery Gerasimov" makes every "Valery Gerasimov" a person); a lone surname or family
 * name stands for the full name met in the same article ("Gerasimov", "Kim"); a capitalised word
 * that starts a sentence is kept only when the article also writes it capitalised elsewhere.
 */
final class NameResolver {
    private NameResolver() {
    }

    static List<NameMention> resolve(long articleId, List<NameCandidate> candidates) {
        Map<String, NameKind> kinds = kindsByName(candidates);
        shortFormsMakePeople(candidates, kinds);
        Map<String, String> personWords = personWords(kinds);
        Set<String> confirmed = new HashSet<>();
        for (NameCandidate c : candidates) {
            if (!c.initialOnly()) confirmed.add(c.name());
        }
        List<NameMention> out = new ArrayList<>();
        for (NameCandidate c : candidates) {
            NameKind kind = kinds.get(c.name());
            String name = c.name();
            if (c.singleWord() && kind != NameKind.PLACE && kind != NameKind.ORGANISATION && personWords.containsKey(name)) {
                name = personWords.get(name);
                kind = NameKind.PERSON;
            } else if (c.initialOnly() && !confirmed.contains(name)) {
                continue;
            }
            if (name.length() < 2) continue;
            out.add(new NameMention(name, kind == null ? NameKind.OTHER : kind, articleId, c.start(), c.end()));
        }
        out.sort(Comparator.comparingInt(NameMention::start).thenComparingInt(m -> -m.end()));
        return out;
    }

    private static Map<String, NameKind> kindsByName(List<NameCandidate> candidates) {
        Map<String, NameKind> kinds = new HashMap<>();
        for (NameCandidate c : candidates) {
            if (c.kind() != null && c.kind() != NameKind.OTHER) kinds.putIfAbsent(c.name(), c.kind());
        }
        return kinds;
    }

    /**
     * News names a person in full once, then by one part: "Maria Zakharova ... Zakharova",
     * "Zulkifli Hasan ... Zulkifli". An untyped two- or three-word name whose first or last word also
     * stands alone in the article is taken for a person.
     */
    private static void shortFormsMakePeople(List<NameCandidate> candidates, Map<String, NameKind> kinds) {
        Set<String> singles = new HashSet<>();
        Map<String, Set<String>> namesByPart = new HashMap<>();
        for (NameCandidate c : candidates) {
            if (c.singleWord()) {
                if (!kinds.containsKey(c.name())) singles.add(c.name());
            } else {
                for (String part : c.name().split(" ")) namesByPart.computeIfAbsent(part, k -> new HashSet<>()).add(c.name());
            }
        }
        for (NameCandidate c : candidates) {
            if (c.singleWord() || kinds.containsKey(c.name())) continue;
            String[] parts = c.name().split(" ");
            if (parts.length > 3 || c.name().chars().noneMatch(Character::isLowerCase)) continue;
            for (String part : List.of(parts[0], parts[parts.length - 1])) {
                // "Villa" after "Aston Villa" and "Villa Park" points at neither
                if (singles.contains(part) && namesByPart.get(part).size() == 1) kinds.put(c.name(), NameKind.PERSON);
            }
        }
    }

    /** First and last word of each multi-word person name, when no two people share it. */
    private static Map<String, String> personWords(Map<String, NameKind> kinds) {
        Map<String, String> words = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        kinds.forEach((name, kind) -> {
            if (kind != NameKind.PERSON) return;
            String[] parts = name.split(" ");
            if (parts.length < 2) return;
            for (String part : List.of(parts[0], parts[parts.length - 1])) {
                String previous = words.putIfAbsent(part, name);
                if (previous != null && !previous.equals(name)) ambiguous.add(part);
            }
        });
        ambiguous.forEach(words::remove);
        return words;
    }
}

package org.kliping.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names a story from what its articles share: names and words found in at least half of them,
 * rarer ones first, names ahead of plain words. A story of one article keeps the article's title
 * (its keywords are its own heaviest names and words).
 */
final class StoryNamer {
    static final int KEYWORDS = 6;
    private static final int TITLE_KEYWORDS = 3;
    /** Only for articles with a blank title and no content words; the user renames the story. */
    static final String UNTITLED = "(tanpa judul)";
    /** Names say more than words about which event this is. */
    private static final double NAME_BOOST = 1.5;

    record Profile(String title, Set<String> names, Map<String, Double> terms) {
    }

    private StoryNamer() {
    }

    static List<String> keywords(List<Profile> members, Map<String, Double> nameIdf, Map<String, Double> termIdf) {
        int quorum = members.size() == 1 ? 1 : Math.max(2, (members.size() + 1) / 2);
        Map<String, Integer> nameCount = new HashMap<>();
        Map<String, Integer> termCount = new HashMap<>();
        for (Profile p : members) {
            p.names().forEach(n -> nameCount.merge(n, 1, Integer::sum));
            p.terms().keySet().forEach(t -> termCount.merge(t, 1, Integer::sum));
        }
        List<Map.Entry<String, Double>> scored = new ArrayList<>();
        nameCount.forEach((n, c) -> {
            if (c >= quorum) scored.add(Map.entry(n, c * nameIdf.getOrDefault(n, 1.0) * NAME_BOOST));
        });
        Set<String> nameWords = nameWords(nameCount, quorum);
        termCount.forEach((t, c) -> {
            if (c >= quorum && !nameWords.contains(t)) scored.add(Map.entry(t, c * termIdf.getOrDefault(t, 1.0)));
        });
        scored.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Double> e : scored.subList(0, Math.min(KEYWORDS, scored.size()))) out.add(e.getKey());
        return out;
    }

    static String title(List<Profile> members, List<String> keywords) {
        String first = members.get(0).title();
        boolean useArticleTitle = (members.size() == 1 || keywords.isEmpty()) && !first.isBlank();
        if (useArticleTitle) return first;
        if (keywords.isEmpty()) return UNTITLED;
        return String.join(", ", keywords.subList(0, Math.min(TITLE_KEYWORDS, keywords.size())));
    }

    /** Words of the shared names: "korea" adds nothing once "Korea Utara" is a keyword. */
    private static Set<String> nameWords(Map<String, Integer> nameCount, int quorum) {
        Set<String> out = new HashSet<>();
        nameCount.forEach((n, c) -> {
            if (c >= quorum) out.addAll(List.of(n.toLowerCase(Locale.ROOT).split("[ -]")));
        });
        return out;
    }
}

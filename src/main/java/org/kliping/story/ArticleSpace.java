package org.kliping.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kliping.domain.Article;
import org.kliping.domain.NameKind;
import org.kliping.domain.NameMention;

/**
 * A set of articles seen the way the clusterer compares them: content-word vectors and name sets with
 * idf over this set, and the days undated texts mention. Index {@code i} is {@code articles.get(i)}.
 */
final class ArticleSpace {
    /** Shared words are the evidence; shared names alone (same country, another event) are not enough. */
    static final double TEXT_WEIGHT = 0.6;

    final List<Article> articles;
    final List<StoryNamer.Profile> profiles;
    final Map<String, Double> nameIdf;
    final Map<String, Double> termIdf;
    private final List<List<Integer>> days;
    private final int windowDays;

    ArticleSpace(List<Article> articles, Map<Long, List<NameMention>> names, TermVectors terms, int windowDays) {
        this.articles = List.copyOf(articles);
        this.windowDays = windowDays;
        List<Map<String, Integer>> counts = articles.stream().map(terms::counts).toList();
        this.termIdf = TermVectors.idf(counts);
        List<Set<String>> nameSets = articles.stream().map(a -> nameSet(names.getOrDefault(a.id(), List.of()))).toList();
        this.nameIdf = nameIdf(nameSets);
        List<StoryNamer.Profile> p = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            p.add(new StoryNamer.Profile(articles.get(i).title(), nameSets.get(i), TermVectors.vector(counts.get(i), termIdf)));
        }
        this.profiles = List.copyOf(p);
        this.days = articles.stream().map(a -> a.published() == null ? MentionedDays.in(a.body()) : List.<Integer>of()).toList();
    }

    int size() {
        return articles.size();
    }

    /**
     * Similarity of articles i and j in [0, 1]: 0.6 content cosine + 0.4 idf-weighted Jaccard of names;
     * 0 for two undated texts that name only days more than the window apart ("(3/4)" and "(20/9)").
     */
    double similarity(int i, int j) {
        List<Integer> a = days.get(i);
        List<Integer> b = days.get(j);
        if (!a.isEmpty() && !b.isEmpty() && MentionedDays.closest(a, b) > windowDays) return 0;
        StoryNamer.Profile x = profiles.get(i);
        StoryNamer.Profile y = profiles.get(j);
        return TEXT_WEIGHT * TermVectors.cosine(x.terms(), y.terms()) + (1 - TEXT_WEIGHT) * nameOverlap(x.names(), y.names());
    }

    private double nameOverlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        double shared = 0;
        double union = 0;
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        for (String n : all) {
            double w = nameIdf.getOrDefault(n, 1.0);
            union += w;
            if (a.contains(n) && b.contains(n)) shared += w;
        }
        return shared / union;
    }

    /** Names that identify an event: people, places, organisations (OTHER is too noisy). */
    private static Set<String> nameSet(List<NameMention> mentions) {
        Set<String> out = new HashSet<>();
        for (NameMention m : mentions) {
            if (m.kind() != NameKind.OTHER) out.add(m.name());
        }
        return out;
    }

    private static Map<String, Double> nameIdf(List<Set<String>> sets) {
        Map<String, Integer> df = new HashMap<>();
        sets.forEach(s -> s.forEach(n -> df.merge(n, 1, Integer::sum)));
        Map<String, Double> idf = new HashMap<>();
        df.forEach((n, f) -> idf.put(n, TermVectors.smoothIdf(sets.size(), f)));
        return idf;
    }
}

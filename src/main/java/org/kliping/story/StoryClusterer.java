package org.kliping.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kliping.domain.Article;
import org.kliping.domain.NameKind;
import org.kliping.domain.NameMention;
import org.kliping.domain.StoryCluster;

/**
 * Groups articles about the same event. Two articles are alike by their content words (tf-idf
 * cosine) and the names they share (idf-weighted Jaccard); stories grow by average linkage, so one
 * article cannot chain two events together, and stop at {@link #DEFAULT_THRESHOLD}. When articles
 * are dated, a story spans at most {@link #DEFAULT_WINDOW_DAYS}; undated articles join by content
 * alone. Every article ends up in exactly one cluster; a cluster of one is a story of its own.
 *
 * <p>Cost: all pairs are compared and merges rescan the pair table, about n² per merge; fine for a
 * few thousand articles (the service clusters recent or searched articles, not the whole archive).
 */
public final class StoryClusterer {
    /** Tuned on IndoSum (docs/decisions/0004-stories.md): lower mixes events, higher splits stories. */
    public static final double DEFAULT_THRESHOLD = 0.25;
    /** A news event is reported within weeks; a longer story is for the user to merge. */
    public static final int DEFAULT_WINDOW_DAYS = 30;
    /** Shared words are the evidence; shared names alone (same country, another event) are not enough. */
    static final double TEXT_WEIGHT = 0.6;

    private final double threshold;
    private final int windowDays;
    private final TermVectors terms = new TermVectors(BundledList.lowerSet("stopwords.txt"));

    public StoryClusterer() {
        this(DEFAULT_THRESHOLD, DEFAULT_WINDOW_DAYS);
    }

    public StoryClusterer(double threshold, int windowDays) {
        if (threshold <= 0 || threshold > 1) throw new IllegalArgumentException("threshold out of (0,1]: " + threshold);
        if (windowDays < 0) throw new IllegalArgumentException("negative window: " + windowDays);
        this.threshold = threshold;
        this.windowDays = windowDays;
    }

    /**
     * @param names the names of each article by id (from {@link NameExtractor}); missing ids count as no names
     * @return the stories, biggest first; members oldest first when dated, else by id
     */
    public List<StoryCluster> cluster(List<Article> articles, Map<Long, List<NameMention>> names) {
        List<Map<String, Integer>> counts = articles.stream().map(terms::counts).toList();
        Map<String, Double> termIdf = TermVectors.idf(counts);
        List<Set<String>> nameSets = articles.stream().map(a -> nameSet(names.getOrDefault(a.id(), List.of()))).toList();
        Map<String, Double> nameIdf = nameIdf(nameSets);
        List<StoryNamer.Profile> profiles = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            profiles.add(new StoryNamer.Profile(articles.get(i).title(), nameSets.get(i), TermVectors.vector(counts.get(i), termIdf)));
        }
        List<List<Integer>> days = articles.stream().map(a -> a.published() == null ? MentionedDays.in(a.body()) : List.<Integer>of()).toList();
        List<List<Integer>> groups = new AverageLinkage(threshold,
                (i, j) -> mentionApart(days.get(i), days.get(j)) ? 0 : similarity(profiles.get(i), profiles.get(j), nameIdf),
                (a, b) -> withinWindow(articles, a, b)).run(articles.size());
        List<StoryCluster> out = new ArrayList<>();
        for (List<Integer> g : groups) out.add(story(articles, profiles, g, nameIdf, termIdf));
        out.sort(Comparator.comparingInt((StoryCluster s) -> -s.articleIds().size()).thenComparing(s -> s.articleIds().get(0)));
        return out;
    }

    /** Similarity of two articles in [0, 1]. */
    static double similarity(StoryNamer.Profile a, StoryNamer.Profile b, Map<String, Double> nameIdf) {
        return TEXT_WEIGHT * TermVectors.cosine(a.terms(), b.terms()) + (1 - TEXT_WEIGHT) * nameOverlap(a.names(), b.names(), nameIdf);
    }

    private static double nameOverlap(Set<String> a, Set<String> b, Map<String, Double> idf) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        double shared = 0;
        double union = 0;
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        for (String n : all) {
            double w = idf.getOrDefault(n, 1.0);
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

    /**
     * Two undated articles whose texts name only days far apart ("(3/4)" and "(20/9)") report different
     * weeks: they are not linked directly. Articles that name no day, or a dated one, are not judged.
     */
    private boolean mentionApart(List<Integer> a, List<Integer> b) {
        return !a.isEmpty() && !b.isEmpty() && MentionedDays.closest(a, b) > windowDays;
    }

    /** Whether two groups may merge: the dated articles of both span at most the window. */
    private boolean withinWindow(List<Article> articles, List<Integer> a, List<Integer> b) {
        LocalDate min = null;
        LocalDate max = null;
        for (List<Integer> g : List.of(a, b)) {
            for (int i : g) {
                LocalDate d = articles.get(i).published();
                if (d == null) continue;
                if (min == null || d.isBefore(min)) min = d;
                if (max == null || d.isAfter(max)) max = d;
            }
        }
        return min == null || ChronoUnit.DAYS.between(min, max) <= windowDays;
    }

    private static StoryCluster story(List<Article> articles, List<StoryNamer.Profile> profiles, List<Integer> group,
                                      Map<String, Double> nameIdf, Map<String, Double> termIdf) {
        List<Integer> ordered = new ArrayList<>(group);
        ordered.sort(Comparator.comparing((Integer i) -> articles.get(i).published(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(i -> articles.get(i).id()));
        List<StoryNamer.Profile> members = ordered.stream().map(profiles::get).toList();
        List<String> keywords = StoryNamer.keywords(members, nameIdf, termIdf);
        return new StoryCluster(StoryNamer.title(members, keywords), ordered.stream().map(i -> articles.get(i).id()).toList(), keywords);
    }
}

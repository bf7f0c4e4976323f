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
    /**
     * The same vectors and name sets as {@link #profiles}, as ids in ascending order with their weights: the
     * clusterer compares every pair (half a million at 1,000 articles), and with string-keyed maps that was two
     * thirds of a re-grouping's time (JFR); merging two short sorted arrays needs no hashing.
     */
    private final int[][] termIds;
    private final double[][] termWeights;
    private final int[][] nameIds;
    private final double[] nameWeights;

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
        Map<String, Integer> termIndex = new HashMap<>();
        Map<String, Integer> nameIndex = new HashMap<>();
        List<Double> weights = new ArrayList<>();
        termIds = new int[profiles.size()][];
        termWeights = new double[profiles.size()][];
        nameIds = new int[profiles.size()][];
        for (int i = 0; i < profiles.size(); i++) {
            Map<String, Double> vector = profiles.get(i).terms();
            int[] ids = new int[vector.size()];
            double[] w = new double[vector.size()];
            int k = 0;
            for (Map.Entry<String, Double> e : vector.entrySet()) {
                ids[k] = termIndex.computeIfAbsent(e.getKey(), t -> termIndex.size());
                w[k++] = e.getValue();
            }
            sortById(ids, w);
            termIds[i] = ids;
            termWeights[i] = w;
            int[] named = new int[profiles.get(i).names().size()];
            k = 0;
            for (String n : profiles.get(i).names()) {
                named[k++] = nameIndex.computeIfAbsent(n, x -> {
                    weights.add(nameIdf.getOrDefault(x, 1.0));
                    return nameIndex.size();
                });
            }
            java.util.Arrays.sort(named);
            nameIds[i] = named;
        }
        nameWeights = weights.stream().mapToDouble(Double::doubleValue).toArray();
    }

    int size() {
        return articles.size();
    }

    /** Sorts {@code ids} ascending and moves each weight with its id (a vector has at most a few dozen terms). */
    private static void sortById(int[] ids, double[] weights) {
        for (int i = 1; i < ids.length; i++) {
            int id = ids[i];
            double w = weights[i];
            int j = i - 1;
            for (; j >= 0 && ids[j] > id; j--) {
                ids[j + 1] = ids[j];
                weights[j + 1] = weights[j];
            }
            ids[j + 1] = id;
            weights[j + 1] = w;
        }
    }

    /**
     * Similarity of articles i and j in [0, 1]: 0.6 content cosine + 0.4 idf-weighted Jaccard of names;
     * 0 for two undated texts that name only days more than the window apart ("(3/4)" and "(20/9)").
     */
    double similarity(int i, int j) {
        List<Integer> a = days.get(i);
        List<Integer> b = days.get(j);
        if (!a.isEmpty() && !b.isEmpty() && MentionedDays.closest(a, b) > windowDays) return 0;
        return TEXT_WEIGHT * cosine(i, j) + (1 - TEXT_WEIGHT) * nameOverlap(i, j);
    }

    /** Cosine of the two profiles' term vectors (normalised by {@link TermVectors#vector}: the dot product). */
    private double cosine(int i, int j) {
        int[] a = termIds[i];
        int[] b = termIds[j];
        double[] wa = termWeights[i];
        double[] wb = termWeights[j];
        double dot = 0;
        for (int x = 0, y = 0; x < a.length && y < b.length; ) {
            if (a[x] == b[y]) {
                dot += wa[x++] * wb[y++];
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        return dot;
    }

    /** Idf-weighted Jaccard of the two profiles' names (a name without an idf weighs 1). */
    private double nameOverlap(int i, int j) {
        int[] a = nameIds[i];
        int[] b = nameIds[j];
        if (a.length == 0 || b.length == 0) return 0;
        double shared = 0;
        double union = 0;
        int x = 0;
        int y = 0;
        while (x < a.length || y < b.length) {
            if (y >= b.length || (x < a.length && a[x] < b[y])) {
                union += nameWeights[a[x++]];
            } else if (x >= a.length || b[y] < a[x]) {
                union += nameWeights[b[y++]];
            } else {
                double w = nameWeights[a[x]];
                union += w;
                shared += w;
                x++;
                y++;
            }
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

package org.kliping.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Agglomerative clustering with average linkage: repeatedly merge the two groups whose mean pairwise
 * similarity is highest, while it reaches the threshold and the groups may merge. Pairs never
 * compared count as 0, which is what keeps a chain of loosely related articles apart.
 */
final class AverageLinkage {
    /**
     * Pairs less alike than this are stored as 0: almost every two articles share some word, and
     * keeping those crumbs makes the pair table n² large. It only lowers group means a little.
     */
    static final double NEGLIGIBLE = 0.05;

    interface Similarity {
        double of(int i, int j);
    }

    private final double threshold;
    private final Similarity similarity;
    private final BiPredicate<List<Integer>, List<Integer>> mayMerge;

    AverageLinkage(double threshold, Similarity similarity, BiPredicate<List<Integer>, List<Integer>> mayMerge) {
        this.threshold = threshold;
        this.similarity = similarity;
        this.mayMerge = mayMerge;
    }

    /** Groups of indexes 0..n-1. */
    List<List<Integer>> run(int n) {
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) groups.add(new ArrayList<>(List.of(i)));
        // sums.get(a).get(b): sum of similarities between members of groups a and b (a < b), only when > 0
        Map<Integer, Map<Integer, Double>> sums = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double s = similarity.of(i, j);
                if (s >= NEGLIGIBLE) sums.computeIfAbsent(i, k -> new HashMap<>()).put(j, s);
            }
        }
        while (mergeBest(groups, sums)) {
            // each merge empties one group; stops when no pair reaches the threshold
        }
        return groups.stream().filter(g -> !g.isEmpty()).toList();
    }

    private boolean mergeBest(List<List<Integer>> groups, Map<Integer, Map<Integer, Double>> sums) {
        int bestA = -1;
        int bestB = -1;
        double best = threshold;
        for (Map.Entry<Integer, Map<Integer, Double>> row : sums.entrySet()) {
            int a = row.getKey();
            for (Map.Entry<Integer, Double> cell : row.getValue().entrySet()) {
                int b = cell.getKey();
                double mean = cell.getValue() / ((double) groups.get(a).size() * groups.get(b).size());
                if (mean >= best && (mean > best || bestA < 0) && mayMerge.test(groups.get(a), groups.get(b))) {
                    best = mean;
                    bestA = a;
                    bestB = b;
                }
            }
        }
        if (bestA < 0) return false;
        merge(groups, sums, bestA, bestB);
        return true;
    }

    /** Moves group b into group a and adds b's sums to a's. */
    private static void merge(List<List<Integer>> groups, Map<Integer, Map<Integer, Double>> sums, int a, int b) {
        groups.get(a).addAll(groups.get(b));
        groups.get(b).clear();
        for (int other = 0; other < groups.size(); other++) {
            if (other == a || other == b) continue;
            double moved = get(sums, b, other);
            if (moved > 0) put(sums, a, other, get(sums, a, other) + moved);
        }
        sums.remove(b);
        sums.values().forEach(row -> row.remove(b));
        Map<Integer, Double> rowA = sums.get(a);
        if (rowA != null) rowA.remove(b);
    }

    private static double get(Map<Integer, Map<Integer, Double>> sums, int x, int y) {
        int lo = Math.min(x, y);
        int hi = Math.max(x, y);
        Map<Integer, Double> row = sums.get(lo);
        return row == null ? 0 : row.getOrDefault(hi, 0.0);
    }

    private static void put(Map<Integer, Map<Integer, Double>> sums, int x, int y, double v) {
        sums.computeIfAbsent(Math.min(x, y), k -> new HashMap<>()).put(Math.max(x, y), v);
    }
}

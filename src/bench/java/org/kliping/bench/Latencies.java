package org.kliping.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Search latencies per query type, in nanoseconds, with nearest-rank percentiles. */
final class Latencies {

    /** Percentiles of one series in milliseconds, and the mean number of matches (to show both engines did the work). */
    record Summary(int count, double p50Ms, double p99Ms, double maxMs, double meanHits) {
    }

    private final Map<QueryMix.Type, List<Long>> nanos = new EnumMap<>(QueryMix.Type.class);
    private final Map<QueryMix.Type, Long> hits = new EnumMap<>(QueryMix.Type.class);
    private final List<Long> all = new ArrayList<>();

    void add(QueryMix.Type type, long elapsedNanos, long matches) {
        nanos.computeIfAbsent(type, t -> new ArrayList<>()).add(elapsedNanos);
        hits.merge(type, matches, Long::sum);
        all.add(elapsedNanos);
    }

    Summary of(QueryMix.Type type) {
        List<Long> series = nanos.getOrDefault(type, List.of());
        return summary(series, series.isEmpty() ? 0 : (double) hits.get(type) / series.size());
    }

    Summary overall() {
        long total = hits.values().stream().mapToLong(Long::longValue).sum();
        return summary(all, all.isEmpty() ? 0 : (double) total / all.size());
    }

    private static Summary summary(List<Long> series, double meanHits) {
        if (series.isEmpty()) return new Summary(0, Double.NaN, Double.NaN, Double.NaN, 0);
        List<Long> sorted = new ArrayList<>(series);
        sorted.sort(null);
        return new Summary(sorted.size(), ms(rank(sorted, 0.50)), ms(rank(sorted, 0.99)), ms(sorted.get(sorted.size() - 1)),
                meanHits);
    }

    /** Nearest-rank percentile: the smallest value with at least {@code p} of the series at or below it. */
    static long rank(List<Long> sorted, double p) {
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}

package org.kliping.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds near-duplicate candidates through the {@code sketch} table (bottom-k shingle hashes, decision 0007):
 * the articles sharing at least a few of an article's hashes. A whole import batch is looked up at once, each
 * distinct hash read once over the covering index {@code sketch_hash_article} (migration 5): one query per
 * article was the largest SQLite cost of a 100k import, and the hashes a batch repeats were read again for
 * every article that had them.
 */
final class SketchLookup {
    /**
     * Articles kept per hash, the newest: a hash that thousands of articles share is boilerplate (a recurring
     * paragraph), not a sign of a copy. A copy shares most of its sketch, including rarer hashes, and a story
     * syndicated to many outlets still finds its newest copies (an import links at most a few).
     */
    static final int MAX_ARTICLES_PER_HASH = 32;
    /** Hashes per query, well under SQLite's limit on parameters. */
    private static final int HASHES_PER_QUERY = 2000;

    private final Database db;

    SketchLookup(Database db) {
        this.db = db;
    }

    /**
     * For each article, the other articles sharing at least {@code minShared} of its sketch hashes, most shared
     * first (then oldest), at most {@code limit}; articles with none are left out of the map.
     */
    Map<Long, List<Long>> candidates(Map<Long, long[]> sketches, int minShared, int limit) {
        Map<Long, long[]> postings = newestPerHash(distinctHashes(sketches));
        Map<Long, List<Long>> out = new LinkedHashMap<>();
        sketches.forEach((id, sketch) -> {
            List<Long> found = candidatesOf(id, sketch, postings, minShared, limit);
            if (!found.isEmpty()) out.put(id, found);
        });
        return out;
    }

    private static List<Long> candidatesOf(long id, long[] sketch, Map<Long, long[]> postings, int minShared, int limit) {
        Map<Long, Integer> shared = new HashMap<>();
        for (long hash : sketch) {
            for (long other : postings.getOrDefault(hash, new long[0])) {
                if (other != id) shared.merge(other, 1, Integer::sum);
            }
        }
        List<Map.Entry<Long, Integer>> ranked = new ArrayList<>();
        for (Map.Entry<Long, Integer> e : shared.entrySet()) {
            if (e.getValue() >= minShared) ranked.add(e);
        }
        ranked.sort(Map.Entry.<Long, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return ranked.stream().limit(limit).map(Map.Entry::getKey).toList();
    }

    private static Set<Long> distinctHashes(Map<Long, long[]> sketches) {
        Set<Long> hashes = new LinkedHashSet<>();
        for (long[] sketch : sketches.values()) {
            for (long h : sketch) hashes.add(h);
        }
        return hashes;
    }

    /** Each hash's articles, newest first, at most {@link #MAX_ARTICLES_PER_HASH}. */
    private Map<Long, long[]> newestPerHash(Set<Long> hashes) {
        Map<Long, List<Long>> lists = new HashMap<>();
        List<Long> all = new ArrayList<>(hashes);
        for (int from = 0; from < all.size(); from += HASHES_PER_QUERY) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + HASHES_PER_QUERY));
            db.call(c -> {
                for (long[] row : Rows.list(c, sql(chunk.size()), rs -> new long[] {rs.getLong(1), rs.getLong(2)},
                        chunk.toArray())) {
                    List<Long> ids = lists.computeIfAbsent(row[0], k -> new ArrayList<>());
                    if (ids.size() < MAX_ARTICLES_PER_HASH) ids.add(row[1]);
                }
                return null;
            });
        }
        Map<Long, long[]> out = new HashMap<>();
        lists.forEach((hash, ids) -> out.put(hash, ids.stream().mapToLong(Long::longValue).toArray()));
        return out;
    }

    /** Reads only the covering index (query plan tested); newest first within each hash. */
    static String sql(int hashes) {
        return "SELECT hash, article_id FROM sketch WHERE hash IN (" + Rows.placeholders(hashes)
                + ") ORDER BY hash, article_id DESC";
    }
}

package org.kliping.store;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds near-duplicate candidates through the articles' sketches (bottom-k shingle hashes, decision 0007): the
 * articles sharing at least a few of an article's hashes. The {@code article_sketch} table keeps each
 * article's hashes in one row (decision 0014); the lookup runs on an in-memory index of them, read once with
 * one sequential scan on the first lookup and kept up to date as articles are inserted. A B-tree index over
 * random hashes was rewritten almost whole by every import batch (most of its pages get a new entry), which
 * made it the largest share of an import's disk writes (migration 6 dropped it). About 16 bytes per distinct
 * hash and 4 to 8 per stored id in memory (about 15 MB at 100,000 articles).
 */
final class SketchLookup {
    /**
     * Articles kept per hash, the newest: a hash that thousands of articles share is boilerplate (a recurring
     * paragraph), not a sign of a copy. A copy shares most of its sketch, including rarer hashes, and a story
     * syndicated to many outlets still finds its newest copies (an import links at most a few).
     */
    static final int MAX_ARTICLES_PER_HASH = 32;

    /** Hashes in an article's sketch, for sizing the index (ingest makes them; a short text has fewer). */
    private static final int TYPICAL_SKETCH_SIZE = 8;

    private final Database db;
    /** Null until the first lookup, and again after a deletion (rebuilt on the next lookup). */
    private HashPostings postings;

    SketchLookup(Database db) {
        this.db = db;
    }

    /**
     * For each article, the other articles sharing at least {@code minShared} of its sketch hashes, most shared
     * first (then oldest), at most {@code limit}; articles with none are left out of the map.
     */
    synchronized Map<Long, List<Long>> candidates(Map<Long, long[]> sketches, int minShared, int limit) {
        if (postings == null) postings = load();
        Map<Long, List<Long>> out = new LinkedHashMap<>();
        sketches.forEach((id, sketch) -> {
            List<Long> found = candidatesOf(id, sketch, minShared, limit);
            if (!found.isEmpty()) out.put(id, found);
        });
        return out;
    }

    /** Articles the caller's transaction stored, now committed (in the order of their ids). */
    synchronized void inserted(List<Long> ids, List<long[]> sketches) {
        if (postings == null) return;
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            if (id <= postings.newestId) {
                postings = null; // an id below the newest (a restore): rebuilt in order on the next lookup
                return;
            }
            for (long h : sketches.get(i)) postings.add(h, id);
            postings.newestId = id;
        }
    }

    /** An article was deleted: its hashes must no longer count, so the index is read again when next needed. */
    synchronized void deleted() {
        postings = null;
    }

    /**
     * Counts shared hashes over primitive arrays: every id found (at most {@link #MAX_ARTICLES_PER_HASH} per hash)
     * sorted, each run's length is its count. A map of boxed counts per candidate was most of an import's lookup.
     */
    private List<Long> candidatesOf(long id, long[] sketch, int minShared, int limit) {
        long[] found = new long[sketch.length * MAX_ARTICLES_PER_HASH];
        long[] newest = new long[MAX_ARTICLES_PER_HASH];
        int n = 0;
        for (long hash : sketch) {
            int k = postings.newest(hash, newest);
            for (int i = 0; i < k; i++) {
                if (newest[i] != id) found[n++] = newest[i];
            }
        }
        Arrays.sort(found, 0, n);
        // (shared count << 32 | MAX_VALUE - id) for each candidate sharing enough: sorted descending, most shared
        // first, then oldest (ids are below 2^31, see HashPostings.add)
        long[] ranked = new long[n];
        int r = 0;
        for (int start = 0, end; start < n; start = end) {
            end = start + 1;
            while (end < n && found[end] == found[start]) end++;
            if (end - start >= minShared) ranked[r++] = (long) (end - start) << 32 | (Integer.MAX_VALUE - found[start]);
        }
        Arrays.sort(ranked, 0, r);
        List<Long> out = new ArrayList<>(Math.min(r, limit));
        for (int i = r - 1; i >= 0 && out.size() < limit; i--) out.add(Integer.MAX_VALUE - (ranked[i] & 0xffffffffL));
        return out;
    }

    /** Every stored hash, added oldest article first so that each hash's list starts with its newest. */
    private HashPostings load() {
        return db.call(c -> {
            long articles = Rows.one(c, "SELECT count(*) FROM article_sketch", rs -> rs.getLong(1)).orElse(0L);
            HashPostings p = new HashPostings((int) Math.min(1 << 28, articles * TYPICAL_SKETCH_SIZE));
            try (var st = c.createStatement();
                 var rs = st.executeQuery("SELECT article_id, hashes FROM article_sketch ORDER BY article_id")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    for (long h : decode(rs.getBytes(2))) p.add(h, id);
                    p.newestId = id;
                }
            }
            return p;
        });
    }

    /** A sketch as stored: its hashes as 8-byte big-endian values, in order. */
    static byte[] encode(long[] sketch) {
        ByteBuffer b = ByteBuffer.allocate(sketch.length * Long.BYTES);
        for (long h : sketch) b.putLong(h);
        return b.array();
    }

    /** The hashes of a stored sketch; a trailing partial value (a damaged row) is left out. */
    static long[] decode(byte[] stored) {
        if (stored == null) return new long[0];
        ByteBuffer b = ByteBuffer.wrap(stored);
        long[] out = new long[stored.length / Long.BYTES];
        for (int i = 0; i < out.length; i++) out[i] = b.getLong();
        return out;
    }

    /**
     * Hash to article ids, newest first: open addressing over the hashes, each slot owning a block of the last
     * {@link #MAX_ARTICLES_PER_HASH} ids added for its hash in one int array (no object per entry). A block starts
     * with room for one id and doubles when full, up to the maximum, where it becomes a ring that the newest id
     * overwrites. A lookup reads a hash's ids from one or two cache lines: a linked list of entries cost one cache
     * miss per id, and a hash of a paragraph many articles share has all 32 (the import's largest Java cost on the
     * storing thread, perf). The blocks left behind by doubling waste at most as much as the blocks in use.
     */
    private static final class HashPostings {
        private long[] keys;
        private int[] counts; // ids added for the slot's hash; 0 = empty slot
        private int[] blocks; // where the slot's block starts in ids
        private int[] ids;
        private int idsUsed;
        private int slotsUsed;
        long newestId;

        HashPostings(int expectedEntries) {
            int slots = Integer.highestOneBit(Math.max(1024, expectedEntries * 2)) << 1;
            keys = new long[slots];
            counts = new int[slots];
            blocks = new int[slots];
            ids = new int[Math.max(1024, expectedEntries * 2)];
        }

        void add(long hash, long id) {
            if (id > Integer.MAX_VALUE) throw new IllegalStateException("article id " + id + " out of range");
            if ((slotsUsed + 1) * 2 > keys.length) grow();
            int slot = slotOf(hash, keys, counts);
            int n = counts[slot];
            if (n == 0) {
                keys[slot] = hash;
                slotsUsed++;
                blocks[slot] = allocate(1);
            } else if (n < MAX_ARTICLES_PER_HASH && Integer.bitCount(n) == 1) { // the block is full: one twice as big
                int bigger = allocate(2 * n);
                System.arraycopy(ids, blocks[slot], ids, bigger, n);
                blocks[slot] = bigger;
            }
            ids[blocks[slot] + n % MAX_ARTICLES_PER_HASH] = (int) id;
            counts[slot] = n + 1;
        }

        private int allocate(int size) {
            if (idsUsed + size > ids.length) ids = Arrays.copyOf(ids, Math.max(idsUsed + size, ids.length * 2));
            int start = idsUsed;
            idsUsed += size;
            return start;
        }

        /** Writes the hash's newest ids (at most {@code out.length}, at most the maximum kept) to {@code out}; returns how many. */
        int newest(long hash, long[] out) {
            int slot = slotOf(hash, keys, counts);
            int n = counts[slot];
            int k = Math.min(n, Math.min(out.length, MAX_ARTICLES_PER_HASH));
            int block = blocks[slot];
            for (int i = 0; i < k; i++) out[i] = ids[block + (n - 1 - i) % MAX_ARTICLES_PER_HASH];
            return k;
        }

        /** The slot holding {@code hash}, or the empty slot where it would go. */
        private static int slotOf(long hash, long[] keys, int[] counts) {
            int mask = keys.length - 1;
            int slot = (int) mix(hash) & mask;
            while (counts[slot] != 0 && keys[slot] != hash) slot = (slot + 1) & mask;
            return slot;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldCounts = counts;
            int[] oldBlocks = blocks;
            keys = new long[oldKeys.length * 2];
            counts = new int[oldKeys.length * 2];
            blocks = new int[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldCounts[i] == 0) continue;
                int slot = slotOf(oldKeys[i], keys, counts);
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
                blocks[slot] = oldBlocks[i];
            }
        }

        private static long mix(long h) {
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            return h ^ (h >>> 33);
        }
    }
}

package org.kliping.service;

import org.kliping.ingest.NearDuplicates;
import org.kliping.ingest.Shingles;
import org.kliping.store.ArticleStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the near-duplicate pairs of an import's batches (syndicated or edited copies): the candidates of a whole batch
 * are looked up at once, at most {@link #MAX_CANDIDATES} an article (however large its family of copies), and each pair
 * is decided exactly, as a comparison of the full shingle sets would decide it (resemblance at least
 * {@link NearDuplicates#MIN_RESEMBLANCE}), but a stored candidate's text is read and hashed only when nothing cheaper
 * decides:
 * <ol>
 * <li>a candidate imported earlier in the same run whose {@link NearDuplicates#signature signature} estimate is far
 *     below the threshold is ruled out (decision 0007);</li>
 * <li>candidates whose full set is at hand (the batch's own, or kept from an earlier batch of the run:
 *     {@link RunMemory#keepSet}) are compared, and so is the first candidate of an article that has none
 *     (its <em>pivot</em>, read once for the batch);</li>
 * <li>the other candidates are decided from bounds on the size of the sets' intersection, given what is known of
 *     {@code x - a} and of a link {@code a - b} this run made ({@link #decideByLinks}): a family's copies are each
 *     other's candidates, so a new copy compared with one of them is linked to the others without reading them;</li>
 * <li>what is left is read and compared.</li>
 * </ol>
 * Not for several threads: the one thread that stores calls it.
 */
final class NearDuplicateLinks {

    /** Sketch hashes two near-duplicates share at least (of {@link NearDuplicates#SKETCH_SIZE}); see the store. */
    private static final int MIN_SHARED_SKETCH = 3;
    static final int MAX_CANDIDATES = 5;

    private final ArticleStore articles;
    private final Work work = new Work();
    private boolean readEveryCandidate;
    private int keptHashes = RunMemory.KEPT_HASHES;

    NearDuplicateLinks(ArticleStore articles) {
        this.articles = articles;
    }

    /**
     * Decides every candidate not ruled out by its signature on the two full sets, reading what is not at hand: the
     * plain rule the shortcuts must agree with (tests compare the links both make).
     */
    void readEveryCandidate() {
        readEveryCandidate = true;
    }

    /** For tests: keeps at most {@code hashes} of full sets in a run's memory, so that a small corpus outgrows it. */
    void keepAtMost(int hashes) {
        keptHashes = hashes;
    }

    /** What one import run remembers, for {@link #of}. */
    RunMemory newRun() {
        return new RunMemory(keptHashes);
    }

    Map<String, Long> work() {
        return work.snapshot();
    }

    /** What is known of the intersection of {@code x}'s set with another's: at least {@code lo}, at most {@code hi}. */
    private record Known(int lo, int hi) {
    }

    /** The pairs of the batch's articles ({@code sketches}, in order) and the stored articles they nearly duplicate. */
    List<long[]> of(Map<Long, long[]> sketches, Map<Long, Shingles> batchShingles, RunMemory memory) {
        Map<Long, List<Long>> candidates = articles.nearDuplicateCandidates(sketches, MIN_SHARED_SKETCH, MAX_CANDIDATES);
        work.lookedUp += sketches.size();
        Map<Long, long[]> sets = new HashMap<>(); // full sets at hand: the batch's (sorted when first needed) and those read
        Map<Long, List<Long>> open = new LinkedHashMap<>(); // candidates not yet decided, by article
        candidates.forEach((id, others) -> {
            work.candidates += others.size();
            List<Long> left = new ArrayList<>();
            for (long other : others) {
                if (!batchShingles.containsKey(other) && memory.surelyDistinct(id, other)) {
                    work.ruledOut++;
                } else {
                    left.add(other);
                }
            }
            if (!left.isEmpty()) open.put(id, left);
        });
        // the pivots: an article none of whose candidates is at hand gets its first one read
        Set<Long> pivots = new LinkedHashSet<>();
        open.forEach((id, left) -> {
            if (readEveryCandidate) {
                for (long o : left) if (!batchShingles.containsKey(o)) pivots.add(o);
            } else if (left.stream().noneMatch(o -> batchShingles.containsKey(o) || memory.hasKeptSet(o))) {
                pivots.add(left.get(0));
            }
        });
        read(pivots, sets, memory, true);

        List<long[]> pairs = new ArrayList<>();
        Set<Pair> seen = new HashSet<>();
        Set<Long> unread = new LinkedHashSet<>();
        Map<Long, List<Long>> undecided = new LinkedHashMap<>();
        open.forEach((id, left) -> {
            long[] mine = batchShingles.get(id).all();
            memory.sized(id, mine.length);
            Map<Long, Known> known = new LinkedHashMap<>();
            List<Long> rest = new ArrayList<>();
            for (long other : left) {
                long[] theirs = atHand(other, sets, batchShingles, memory);
                if (theirs == null) {
                    rest.add(other);
                    continue;
                }
                int common = NearDuplicates.common(mine, theirs);
                known.put(other, new Known(common, common));
                decide(id, other, mine.length, theirs.length, common, common, pairs, seen, memory, true);
            }
            // each decision by links can decide another: a few passes, each over what is left
            for (boolean progress = !rest.isEmpty() && !known.isEmpty(); progress; ) {
                progress = false;
                for (Iterator<Long> it = rest.iterator(); it.hasNext(); ) {
                    long other = it.next();
                    if (decideByLinks(id, mine.length, other, known, pairs, seen, memory)) {
                        it.remove();
                        progress = true;
                    }
                }
            }
            for (long other : rest) {
                unread.add(other);
                undecided.computeIfAbsent(id, k -> new ArrayList<>()).add(other);
            }
        });
        read(unread, sets, memory, false);
        undecided.forEach((id, others) -> {
            long[] mine = batchShingles.get(id).all();
            for (long other : others) {
                long[] theirs = sets.get(other);
                if (theirs == null) continue; // in the Trash or gone meanwhile: not linked
                int common = NearDuplicates.common(mine, theirs);
                decide(id, other, mine.length, theirs.length, common, common, pairs, seen, memory, true);
            }
        });
        // the batch's articles that had candidates are likely candidates of later copies: their sets are kept too
        open.keySet().forEach(id -> memory.keepSet(id, batchShingles.get(id).all()));
        work.linked += pairs.size();
        return pairs;
    }

    private static long[] atHand(long other, Map<Long, long[]> sets, Map<Long, Shingles> batchShingles, RunMemory memory) {
        long[] set = sets.get(other);
        if (set != null) return set;
        Shingles inBatch = batchShingles.get(other);
        if (inBatch != null) set = inBatch.all();
        if (set == null) set = memory.keptSet(other);
        if (set != null) sets.put(other, set);
        return set;
    }

    /**
     * Decides {@code x - b} ({@code x} = {@code id}, {@code b} = {@code other}) from what is known of {@code x - a} and a
     * link {@code a - b} this run made, for every such {@code a}: {@code X & B} holds {@code X & A & B}, which is at least
     * {@code |X & A| + |A & B| - |A|}, and is at most {@code min(|X & A|, |A & B|)} (its part in {@code A}) plus
     * {@code min(|X| - |X & A|, |B| - |A & B|)} (its part outside {@code A}). Resemblance {@code i / (|X| + |B| - i)} grows
     * with {@code i}: a lower bound that {@link NearDuplicates#areNearDuplicates(int, int, int)} accepts links the pair,
     * an upper bound it rejects rules it out, exactly as the full sets would decide; in between, the pair is left to be read. True when decided (linked or not); what was
     * learned is added to {@code known} for the next candidates.
     */
    private boolean decideByLinks(long id, int xSize, long other, Map<Long, Known> known, List<long[]> pairs, Set<Pair> seen,
                                  RunMemory memory) {
        int bSize = memory.size(other);
        if (bSize < 0) return false;
        int lo = 0;
        int hi = Math.min(xSize, bSize);
        for (Map.Entry<Long, Known> e : known.entrySet()) {
            RunMemory.Link link = memory.link(e.getKey(), other);
            int aSize = memory.size(e.getKey());
            if (link == null || aSize < 0) continue;
            Known xa = e.getValue();
            lo = Math.max(lo, xa.lo() + link.lo() - aSize);
            hi = Math.min(hi, Math.min(xa.hi(), link.hi()) + Math.min(xSize - xa.lo(), bSize - link.lo()));
        }
        if (!NearDuplicates.areNearDuplicates(xSize, bSize, lo) && NearDuplicates.areNearDuplicates(xSize, bSize, hi)) return false;
        work.byLinks++;
        known.put(other, new Known(lo, hi));
        decide(id, other, xSize, bSize, lo, hi, pairs, seen, memory, false);
        return true;
    }

    /** Links the pair once when {@code lo} common shingles already make it a near-duplicate; remembers the link. */
    private void decide(long id, long other, int xSize, int otherSize, int lo, int hi, List<long[]> pairs, Set<Pair> seen,
                        RunMemory memory, boolean compared) {
        if (!seen.add(new Pair(Math.min(id, other), Math.max(id, other)))) return;
        if (compared) work.compared++;
        memory.sized(other, otherSize);
        if (NearDuplicates.areNearDuplicates(xSize, otherSize, lo)) {
            pairs.add(new long[] {id, other});
            memory.linked(id, other, lo, hi);
        }
    }

    private record Pair(long low, long high) {
    }

    /** Reads and hashes the stored articles {@code ids} (those outside the Trash) into {@code sets}, and keeps them. */
    private void read(Set<Long> ids, Map<Long, long[]> sets, RunMemory memory, boolean pivots) {
        if (ids.isEmpty()) return;
        articles.liveBodies(ids).forEach((id, body) -> {
            long[] set = NearDuplicates.shingles(body);
            sets.put(id, set);
            memory.keepSet(id, set);
            memory.sized(id, set.length);
            work.storedRead++;
            if (pivots) work.pivotsRead++;
        });
    }

    /**
     * What one import run remembers of the articles it stored, bounded: the newest {@link #KEPT} articles' signatures
     * (256 bytes each) and the links the run made from them with bounds on their sets' intersection, the sizes of the
     * newest {@link #KEPT} full sets it saw, and full shingle sets of articles that had candidates or were read as one,
     * at most {@link #KEPT_HASHES} hashes (48 MB of the bulk child's 512 MB heap), least recently used out first: a
     * family's later copies find its earlier ones as their candidates. A third of the sets in memory instead of 16 MB
     * cut the stored articles a syndicated import reads back eightfold (docs/benchmarks.md) without raising its peak
     * resident memory.
     */
    static final class RunMemory {
        static final int KEPT = 200_000;
        static final int KEPT_HASHES = 6 << 20;

        /** A link this run made, to {@code other}: its sets' intersection holds {@code lo} to {@code hi} shingles. */
        record Link(long other, int lo, int hi) {
        }

        private record Entry(int[] signature, List<Link> links) {
        }

        private final Map<Long, Entry> byId = new LinkedHashMap<>(1024, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
                return size() > KEPT;
            }
        };
        private final Map<Long, Integer> sizes = new LinkedHashMap<>(1024, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Integer> eldest) {
                return size() > KEPT;
            }
        };
        private final int maxKeptHashes;
        private long keptHashes;
        private final Map<Long, long[]> keptSets = new LinkedHashMap<>(256, 0.75f, true); // least recently used first

        RunMemory(int maxKeptHashes) {
            this.maxKeptHashes = maxKeptHashes;
        }

        void add(long id, long[] shingles) {
            byId.put(id, new Entry(NearDuplicates.signature(shingles), new ArrayList<>(2)));
        }

        /** True when both are known and their estimated resemblance is far below the threshold. */
        boolean surelyDistinct(long a, long b) {
            Entry x = byId.get(a);
            Entry y = byId.get(b);
            return x != null && y != null
                    && NearDuplicates.estimatedResemblance(x.signature(), y.signature()) < NearDuplicates.SURELY_DISTINCT_ESTIMATE;
        }

        /** Remembers the number of distinct shingles of {@code id}'s text. */
        void sized(long id, int size) {
            sizes.put(id, size);
        }

        /** The number of distinct shingles of {@code id}'s text, or -1 when not remembered. */
        int size(long id) {
            Integer size = sizes.get(id);
            return size == null ? -1 : size;
        }

        /** Remembers a link of {@code id} (an article of this run) to {@code other}, at most twice {@link #MAX_CANDIDATES} an article. */
        void linked(long id, long other, int lo, int hi) {
            Entry e = byId.get(id);
            if (e != null && e.links().size() < 2 * MAX_CANDIDATES) e.links().add(new Link(other, lo, hi));
        }

        /** The link this run made between {@code a} and {@code b}, either way, or null. */
        Link link(long a, long b) {
            Link l = linkFrom(a, b);
            return l != null ? l : linkFrom(b, a);
        }

        private Link linkFrom(long a, long b) {
            Entry e = byId.get(a);
            if (e == null) return null;
            for (Link l : e.links()) if (l.other() == b) return l;
            return null;
        }

        boolean hasKeptSet(long id) {
            return keptSets.containsKey(id);
        }

        long[] keptSet(long id) {
            return keptSets.get(id);
        }

        void keepSet(long id, long[] set) {
            long[] old = keptSets.put(id, set);
            keptHashes += set.length - (old == null ? 0 : old.length);
            for (var it = keptSets.values().iterator(); keptHashes > maxKeptHashes && it.hasNext(); ) {
                keptHashes -= it.next().length;
                it.remove();
            }
        }
    }

    /** The counters behind {@link #work}; written by the one thread that stores. */
    private static final class Work {
        long lookedUp;
        long candidates;
        long ruledOut;
        long compared;
        long storedRead;
        long pivotsRead;
        long byLinks;
        long linked;

        synchronized Map<String, Long> snapshot() {
            Map<String, Long> out = new LinkedHashMap<>();
            out.put("articlesLookedUp", lookedUp);
            out.put("candidates", candidates);
            out.put("ruledOutBySignature", ruledOut);
            out.put("pairsCompared", compared); // on full shingle sets
            out.put("storedArticlesRead", storedRead);
            out.put("pivotsRead", pivotsRead); // of the stored articles read
            out.put("decidedByLinks", byLinks);
            out.put("pairsLinked", linked);
            return out;
        }
    }
}
